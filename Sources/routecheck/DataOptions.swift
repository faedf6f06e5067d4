import ArgumentParser
import Foundation
import RouteCheckGazetteer

/// `--data DIR`: the folder of the embedded data, shared by every command that reads it.
///
/// Without it the data is found as ``DatabaseLocator`` says (`$ROUTECHECK_DATA`, `./Data`, the installed
/// `PREFIX/share/routecheck`, the source tree).
struct DataOptions: ParsableArguments {
    @Option(
        name: .customLong("data"),
        help: ArgumentHelp(
            "The folder holding routecheck.gpkg and the other data files (default: $ROUTECHECK_DATA, "
                + "./Data, then the installed share/routecheck).", valueName: "dir"))
    var directory: String?

    func validate() throws {
        guard let directory else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--data \(directory): no such folder")
        }
        guard
            FileManager.default.fileExists(
                atPath: (directory as NSString).appendingPathComponent(DatabaseLocator.fileName))
        else {
            throw ValidationError("--data \(directory): the folder holds no \(DatabaseLocator.fileName)")
        }
    }

    /// Opens the gazetteer, or fails with the reason as the command's error (exit 1).
    func openGazetteer() throws -> Gazetteer {
        do { return try Gazetteer(dataDirectory: directory) } catch { throw CommandFailure(message: "\(error)") }
    }
}
