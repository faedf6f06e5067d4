import Foundation

/// Finds the data folder and its embedded database (`routecheck.gpkg`, with the routing networks and word lists
/// beside it).
///
/// Search order, first existing file wins:
/// 1. the folder given explicitly (`routecheck --data DIR`): only there, no fallback;
/// 2. `$ROUTECHECK_DATA`, when set: a folder holding `routecheck.gpkg`, or the database file itself; only there
///    (a variable that names nothing is an error, not a reason to read other data);
/// 3. `Data/routecheck.gpkg` under the current directory;
/// 4. the installed layout `PREFIX/share/routecheck/` beside `PREFIX/bin/routecheck` (`Scripts/install`);
/// 5. `Data/` beside the executable's package (`.build/<triple>/<configuration>/routecheck` is three folders
///    down) and in the source tree this library was built from.
public enum DatabaseLocator {
    public static let fileName = "routecheck.gpkg"
    /// The environment variable naming the data folder (or the database file).
    public static let environmentVariable = "ROUTECHECK_DATA"

    /// The paths tried, in order. `dataDirectory`, or else `$ROUTECHECK_DATA` (explicit choices), replaces every
    /// other candidate.
    public static func candidates(
        dataDirectory: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: String = CommandLine.arguments.first ?? ""
    ) -> [String] {
        if let dataDirectory { return [URL(fileURLWithPath: dataDirectory).appendingPathComponent(fileName).path] }
        if let explicit = environment[environmentVariable], !explicit.isEmpty {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: explicit, isDirectory: &isDirectory), isDirectory.boolValue {
                return [URL(fileURLWithPath: explicit).appendingPathComponent(fileName).path]
            }
            return [explicit]
        }
        var paths: [String] = []
        paths.append(FileManager.default.currentDirectoryPath + "/Data/" + fileName)
        let executableFolder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        paths.append(
            executableFolder.deletingLastPathComponent()
                .appendingPathComponent("share/routecheck/\(fileName)").path)
        var directory = executableFolder
        for _ in 0..<4 {
            paths.append(directory.appendingPathComponent("Data/\(fileName)").path)
            directory.deleteLastPathComponent()
        }
        let sourceRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        paths.append(sourceRoot.appendingPathComponent("Data/\(fileName)").path)
        return paths
    }

    /// The first candidate that exists.
    /// - Parameter dataDirectory: a folder chosen by the user; when given, only `dataDirectory/routecheck.gpkg`
    ///   is tried.
    /// - Throws: ``GazetteerError/databaseNotFound(searched:)`` naming every path tried.
    public static func locate(dataDirectory: String? = nil) throws(GazetteerError) -> String {
        let paths = candidates(dataDirectory: dataDirectory)
        guard let found = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw .databaseNotFound(searched: paths)
        }
        return found
    }
}
