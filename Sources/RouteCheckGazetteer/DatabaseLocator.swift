import Foundation

/// Finds the embedded database: `$ROUTECHECK_DATA` if set, else `Data/routecheck.gpkg` under the
/// current directory, beside the executable's package, or in the source tree this library was built from.
public enum DatabaseLocator {
    public static let fileName = "routecheck.gpkg"

    public static func candidates(executable: String = CommandLine.arguments.first ?? "") -> [String] {
        var paths: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["ROUTECHECK_DATA"], !explicit.isEmpty {
            paths.append(explicit)
        }
        paths.append(FileManager.default.currentDirectoryPath + "/Data/" + fileName)
        // .build/<triple>/<configuration>/routecheck → repository root is three levels up.
        var directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            paths.append(directory.appendingPathComponent("Data/\(fileName)").path)
            directory.deleteLastPathComponent()
        }
        let sourceRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        paths.append(sourceRoot.appendingPathComponent("Data/\(fileName)").path)
        return paths
    }

    /// The first candidate that exists. - Throws: ``GazetteerError/databaseNotFound(searched:)``.
    public static func locate() throws(GazetteerError) -> String {
        let paths = candidates()
        guard let found = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw .databaseNotFound(searched: paths)
        }
        return found
    }
}
