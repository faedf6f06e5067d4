import Foundation
import RouteCheckGazetteer
import RouteCheckGeo
import RouteCheckRouting
import SwiftGraph

/// Graph load and route query times for RouteCheck's sea and rail routing, on the same pairs as
/// Benchmarks/route_compare.py runs through searoute and scgraph. One line a figure.
enum RouteBenchmark {
    /// (name, from lat, lon, to lat, lon): the sea pairs of Tests/Fixtures/sea_routes.json (written by
    /// Scripts/make_route_fixtures.py, whose list Benchmarks/route_compare.py uses too).
    static func seaPairs(repository: URL) throws -> [(String, Double, Double, Double, Double)] {
        struct Route: Decodable { let from: String, to: String, from_lat: Double, from_lon: Double, to_lat: Double, to_lon: Double }
        struct Document: Decodable { let routes: [Route] }
        let url = repository.appendingPathComponent("Tests/Fixtures/sea_routes.json")
        return try JSONDecoder().decode(Document.self, from: Data(contentsOf: url)).routes.map {
            ("\($0.from)-\($0.to)".replacingOccurrences(of: " ", with: "_"), $0.from_lat, $0.from_lon, $0.to_lat, $0.to_lon)
        }
    }
    static let railPairs: [(String, Double, Double, Double, Double)] = [
        ("Dunay-Tikhoretsk", 42.88, 132.34, 45.85307, 40.11874),
        ("Vladivostok-Moscow", 43.10562, 131.87353, 55.75204, 37.61781),
    ]

    static func run() throws {
        let gazetteer = try Gazetteer()
        let directory = URL(fileURLWithPath: gazetteer.path).deletingLastPathComponent()
        var rail: TransportNetwork?
        var lanes: TransportNetwork?
        let railLoad = try best(3) { rail = try TransportNetwork(path: directory.appendingPathComponent("railways.gpkg").path, kind: .railways) }
        let seaLoad = try best(3) { lanes = try TransportNetwork(path: directory.appendingPathComponent("sealanes.gpkg").path, kind: .seaLanes) }
        guard let rail, let lanes else { return }
        report("route_load_railways", railLoad * 1000, "ms")
        report("route_load_sealanes", seaLoad * 1000, "ms")
        let land = LandMask(gazetteer: gazetteer)
        // A private disk cache, emptied first, so "cold" is a first run and "disk" a later run's first query.
        let cacheDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("routecheck-bench-coasts-\(getpid())")
        try? FileManager.default.removeItem(at: cacheDirectory)
        defer { try? FileManager.default.removeItem(at: cacheDirectory) }
        // The first query of all reads and caches the countries' polygons: not counted in any pair.
        _ = try? SeaRouter(lanes: lanes, land: land).route(from: GeographicCoordinate(latitude: 42.24, longitude: 130.3),
                                                           to: GeographicCoordinate(latitude: 42.88, longitude: 132.34))
        var cold: [Double] = [], disk: [Double] = [], memory: [Double] = []
        for (name, lat1, lon1, lat2, lon2) in try seaPairs(repository: directory.deletingLastPathComponent()) {
            let from = GeographicCoordinate(latitude: lat1, longitude: lon1), to = GeographicCoordinate(latitude: lat2, longitude: lon2)
            var leg: RoutedLeg?, diskLeg: RoutedLeg?
            // Cold: coasts built (and written to the cache directory).
            let writer = SeaRouter(lanes: lanes, land: land, store: SeaRegionStore(directory: cacheDirectory, dataIdentity: land.dataIdentity))
            let first = try seconds { leg = try writer.route(from: from, to: to) }
            // Disk: a new store (as a new process would have) reads the coasts back.
            let reader = SeaRouter(lanes: lanes, land: land, store: SeaRegionStore(directory: cacheDirectory, dataIdentity: land.dataIdentity))
            let fromDisk = try seconds { diskLeg = try reader.route(from: from, to: to) }
            // Memory: the same router again.
            let warm = try best(3) { leg = try reader.route(from: from, to: to) }
            guard let leg, let diskLeg else { continue }
            cold.append(first * 1000); disk.append(fromDisk * 1000); memory.append(warm * 1000)
            report("route_sea_\(name)_cold", first * 1000, "ms")
            report("route_sea_\(name)_disk", fromDisk * 1000, "ms")
            report("route_sea_\(name)", warm * 1000, "ms")
            report("route_sea_\(name)_length", leg.distance.kilometers, "km")
            report("route_sea_\(name)_disk_length_difference", abs(leg.distance.meters - diskLeg.distance.meters), "m")
        }
        for (label, times) in [("cold", cold), ("disk", disk), ("memory", memory)] {
            report("route_sea_p50_\(label)", percentile(times, 0.5), "ms")
            report("route_sea_p95_\(label)", percentile(times, 0.95), "ms")
        }
        try compareWithSwiftGraph(rail)
        let router = RailRouter(network: rail)
        for (name, lat1, lon1, lat2, lon2) in railPairs {
            let from = GeographicCoordinate(latitude: lat1, longitude: lon1), to = GeographicCoordinate(latitude: lat2, longitude: lon2)
            var leg: RoutedLeg?
            let time = try best(3) { leg = try router.route(from: from, to: to) }
            guard let leg else { continue }
            report("route_rail_\(name)", time * 1000, "ms")
            report("route_rail_\(name)_length", leg.distance.kilometers, "km")
        }
    }

    /// The `q` quantile of `values` with linear interpolation between order statistics (numpy's default).
    static func percentile(_ values: [Double], _ q: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let position = q * Double(sorted.count - 1)
        let low = Int(position.rounded(.down)), high = min(low + 1, sorted.count - 1)
        return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
    }

    /// RouteCheck's Dijkstra (compressed adjacency, swift-collections `Heap`, stops at the goal) against
    /// SwiftGraph 4.0.0's `dijkstra(root:startDistance:)` (which settles every vertex) on the railway graph.
    static func compareWithSwiftGraph(_ rail: TransportNetwork) throws {
        let (name, lat1, lon1, lat2, lon2) = railPairs[0]
        guard let start = rail.nearestNode(to: GeographicCoordinate(latitude: lat1, longitude: lon1))?.node,
              let goal = rail.nearestNode(to: GeographicCoordinate(latitude: lat2, longitude: lon2))?.node else { return }
        var graph = WeightedGraph<Int32, Double>()
        let build = seconds {
            graph = WeightedGraph<Int32, Double>(vertices: (0..<rail.nodeCount).map { Int32($0) })
            rail.forEachEdge { graph.addEdge(fromIndex: $0, toIndex: $1, weight: $2, directed: false) }
        }
        var theirs = 0.0
        let swiftGraphTime = best(3) { theirs = graph.dijkstra(root: start, startDistance: 0).0[goal].flatMap { $0 } ?? .nan }
        var ours = 0.0
        let ourTime = best(3) { ours = rail.shortestPath(from: start, to: goal)?.length.meters ?? .nan }
        report("route_swiftgraph_build", build * 1000, "ms")
        report("route_swiftgraph_dijkstra_\(name)", swiftGraphTime * 1000, "ms")
        report("route_own_dijkstra_\(name)", ourTime * 1000, "ms")
        report("route_dijkstra_length_difference", abs(ours - theirs), "m")
    }
}
