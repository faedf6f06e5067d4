import Foundation
import RouteCheckGeo
import RouteCheckRouting
import Testing

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
/// The real railway network, loaded once for the suite.
let sharedNetwork: TransportNetwork? = try? TransportNetwork(
    path: repository.appendingPathComponent("Data/railways.gpkg").path, kind: .railways)

@Suite("Rail routing on the OpenStreetMap-derived network")
struct RailRoutingTests {
    let vladivostok = GeographicCoordinate(latitude: 43.10562, longitude: 131.87353)
    let moscow = GeographicCoordinate(latitude: 55.75204, longitude: 37.61781)
    let dunay = GeographicCoordinate(latitude: 42.88, longitude: 132.34)
    let tikhoretsk = GeographicCoordinate(latitude: 45.85307, longitude: 40.11874)

    /// The published length of the Trans-Siberian main line, Moscow (Yaroslavsky station) to Vladivostok,
    /// is 9,288 km (Russian Railways' kilometre posts, as listed by Wikipedia's "Trans-Siberian Railway").
    /// The line is fixed by its main stations, so they are the waypoints (without them the shortest path
    /// takes other lines). Lengths are along the track: scgraph-data's edge weights, the OpenStreetMap
    /// way lengths; the simplified geometry alone is 4 % shorter.
    @Test(
        "Vladivostok → Moscow within Russia through the Trans-Siberian's main stations: within 2 % of the published 9,288 km"
    )
    func transSiberian() throws {
        let router = RailRouter(network: try #require(sharedNetwork, "Data/railways.gpkg is required"))
        let stations = [
            GeographicCoordinate(latitude: 48.4827, longitude: 135.0838), // Khabarovsk
            GeographicCoordinate(latitude: 52.0317, longitude: 113.5009), // Chita
            GeographicCoordinate(latitude: 51.8272, longitude: 107.6063), // Ulan-Ude
            GeographicCoordinate(latitude: 52.2978, longitude: 104.2964), // Irkutsk
            GeographicCoordinate(latitude: 56.0184, longitude: 92.8672), // Krasnoyarsk
            GeographicCoordinate(latitude: 55.0415, longitude: 82.9346), // Novosibirsk
            GeographicCoordinate(latitude: 54.9924, longitude: 73.3686), // Omsk
            GeographicCoordinate(latitude: 57.1522, longitude: 65.5272), // Tyumen
            GeographicCoordinate(latitude: 56.8519, longitude: 60.6122), // Yekaterinburg
            GeographicCoordinate(latitude: 58.0105, longitude: 56.2502), // Perm
            GeographicCoordinate(latitude: 58.5966, longitude: 49.6601), // Kirov
            GeographicCoordinate(latitude: 57.6299, longitude: 39.8737),
        ] // Yaroslavl
        let leg = try router.route(from: vladivostok, to: moscow, via: stations, within: ["RU"])
        let deviation = (leg.distance.kilometers - 9288) / 9288
        print(
            "Vladivostok → Moscow by rail within RU through the main stations: \(leg.distance.kilometers) km along "
                + "the track "
                + "(published 9,288 km, deviation \(deviation * 100) %); simplified geometry "
                + "\(leg.pathGeodesic.kilometers) km; geodesic \(leg.geodesic.kilometers) km"
        )
        #expect(abs(deviation) < 0.02)
        // The simplified geometry is shorter than the track, and both are longer than the geodesic.
        #expect(leg.pathGeodesic < leg.distance)
        #expect(leg.pathGeodesic > leg.geodesic)
        #expect(leg.snapFrom < .kilometers(10) && leg.snapTo < .kilometers(10))
    }

    @Test("Dunay → Tikhoretsk by rail within Russia: a path that never leaves Russia, with its snaps reported")
    func dunayTikhoretsk() throws {
        let network = try #require(sharedNetwork)
        let leg = try RailRouter(network: network).route(from: dunay, to: tikhoretsk, within: ["RU"])
        print(
            "Dunay → Tikhoretsk by rail within RU: \(leg.distance.kilometers) km, snaps \(leg.snapFrom.kilometers) / "
                + "\(leg.snapTo.kilometers) km, warnings \(leg.warnings)"
        )
        #expect(leg.distance > leg.geodesic)
        #expect(leg.distance.kilometers > 8000 && leg.distance.kilometers < 11000)
        // Every path point between the snapped ends is a node inside Russia's bounding box at least.
        for point in leg.path.dropFirst().dropLast() { #expect(point.longitude > 19 || point.longitude < -160) }
        // The geometry's length is the sum of its geodesic steps; the track is at least that long.
        var sum = 0.0
        for (a, b) in zip(leg.path, leg.path.dropFirst()) {
            sum += Geodesic.wgs84.geodesicDistance(from: a, to: b).meters
        }
        #expect(abs(sum - leg.pathGeodesic.meters) < 1e-3)
        #expect(leg.distance >= leg.pathGeodesic)
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
