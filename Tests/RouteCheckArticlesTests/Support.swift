import Foundation
import RouteCheckGazetteer

enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// The real embedded database, shared by the tests of this target.
let testGazetteer: Gazetteer? = try? Gazetteer(path: Repository.root.appendingPathComponent("Data/routecheck.gpkg").path)
