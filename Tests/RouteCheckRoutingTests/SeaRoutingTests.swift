import Foundation
import RouteCheckGazetteer
import RouteCheckGeo
import RouteCheckRouting
import Testing

/// The real sea-lane network and land polygons, opened once for the suite.
let sharedSeaRouter: SeaRouter? = {
    guard let gazetteer = try? Gazetteer(path: repository.appendingPathComponent("Data/routecheck.gpkg").path),
        let lanes = try? TransportNetwork(
            path: repository.appendingPathComponent("Data/sealanes.gpkg").path, kind: .seaLanes)
    else { return nil }
    return SeaRouter(lanes: lanes, land: LandMask(gazetteer: gazetteer))
}()

/// References from Tests/Fixtures/sea_routes.json (Scripts/make_route_fixtures.py: PyPI searoute + pyproj).
struct SeaReference: Decodable {
    let from: String, to: String
    let from_lat: Double, from_lon: Double, to_lat: Double, to_lon: Double
    let geodesic_m: Double
    let searoute_network_m: Double, searoute_snap_from_m: Double, searoute_snap_to_m: Double, searoute_total_m: Double
    var start: GeographicCoordinate { GeographicCoordinate(latitude: from_lat, longitude: from_lon) }
    var end: GeographicCoordinate { GeographicCoordinate(latitude: to_lat, longitude: to_lon) }
}

func seaReferences() throws -> [SeaReference] {
    struct Document: Decodable { let routes: [SeaReference] }
    let url = repository.appendingPathComponent("Tests/Fixtures/sea_routes.json")
    return try JSONDecoder().decode(Document.self, from: Data(contentsOf: url)).routes
}

func seaReference(_ from: String, _ to: String) throws -> SeaReference {
    try #require(try seaReferences().first { $0.from == from && $0.to == to })
}

/// Whether a longitude/latitude path meets the land of any country of the embedded data (GEOS,
/// the unwidened DCW polygons).
func landCrossed(by path: [GeographicCoordinate]) throws -> [String] {
    let gazetteer = try Gazetteer(path: repository.appendingPathComponent("Data/routecheck.gpkg").path)
    let line = Geometry.lineString(LineString(path.map(\.position)))
    let box = try #require(line.boundingBox)
    var crossed: [String] = []
    for code in try gazetteer.countryCodes(intersecting: box)
    where try gazetteer.country(code).territory.intersects(line) {
        crossed.append(code)
    }
    return crossed
}

@Suite("Sea routing: coast-aware legs on the shipping-lane network")
struct SeaRoutingTests {
    @Test(
        "Najin → Dunay stays on the water of Peter the Great Gulf, close to the ports, shorter than searoute's answer")
    func najinDunay() throws {
        let router = try #require(sharedSeaRouter, "Data/sealanes.gpkg and Data/routecheck.gpkg are required")
        let reference = try seaReference("Najin", "Dunay")
        // The straight line crosses land, so the leg needs routing at all.
        let straight = try Geodesic.wgs84.points(
            from: reference.start, to: reference.end, maximumSpacing: .kilometers(1))
        #expect(try !landCrossed(by: Array(straight.dropFirst(5).dropLast(5))).isEmpty)

        let leg = try router.route(from: reference.start, to: reference.end, labels: ("Najin", "Dunay"))
        print(
            "Najin → Dunay by sea: \(leg.distance.kilometers) km, moved \(leg.snapFrom.kilometers) / "
                + "\(leg.snapTo.kilometers) km "
                + "(searoute \(reference.searoute_total_m / 1000) km with snaps "
                + "\(reference.searoute_snap_from_m / 1000) / \(reference.searoute_snap_to_m / 1000) km); \(leg.method)"
        )
        #expect(try landCrossed(by: leg.path).isEmpty)
        #expect(leg.distance.meters > reference.geodesic_m)
        #expect(leg.distance.meters < reference.searoute_total_m)
        #expect(leg.distance.kilometers > 185 && leg.distance.kilometers < 215)
        #expect(leg.snapFrom < .kilometers(5) && leg.snapTo < .kilometers(5))
        #expect(leg.snapFrom.meters < reference.searoute_snap_from_m / 10)
        #expect(leg.warnings.isEmpty)
        #expect(leg.method.hasPrefix("coastal"))
        // The path begins and ends at the moved ends.
        let first = try #require(leg.path.first), last = try #require(leg.path.last)
        #expect(abs(Geodesic.wgs84.geodesicDistance(from: reference.start, to: first).meters - leg.snapFrom.meters) < 1)
        #expect(abs(Geodesic.wgs84.geodesicDistance(from: reference.end, to: last).meters - leg.snapTo.meters) < 1)
        // The length is the sum of the path's geodesic steps.
        var sum = 0.0
        for (a, b) in zip(leg.path, leg.path.dropFirst()) {
            sum += Geodesic.wgs84.geodesicDistance(from: a, to: b).meters
        }
        #expect(abs(sum - leg.distance.meters) < 1e-3)
    }

    @Test(
        "coastal legs in the Black Sea and the Sea of Japan cross no land",
        arguments: [("Sevastopol", "Novorossiysk"), ("Busan", "Najin")])
    func coastalLegsAvoidLand(pair: (String, String)) throws {
        let router = try #require(sharedSeaRouter)
        let reference = try seaReference(pair.0, pair.1)
        let leg = try router.route(from: reference.start, to: reference.end, labels: pair)
        print(
            "\(pair.0) → \(pair.1) by sea: \(leg.distance.kilometers) km (searoute "
                + "\(reference.searoute_total_m / 1000) km); \(leg.method)"
        )
        #expect(try landCrossed(by: leg.path).isEmpty)
        #expect(leg.distance.meters > reference.geodesic_m)
        #expect(leg.distance.meters < reference.searoute_total_m)
    }

    @Test(
        "ocean legs through the lanes agree with searoute within 3 %",
        arguments: [("Rotterdam", "Singapore"), ("Shanghai", "Los Angeles"), ("Piraeus", "Odesa")])
    func oceanLegs(pair: (String, String)) throws {
        let router = try #require(sharedSeaRouter)
        let reference = try seaReference(pair.0, pair.1)
        let leg = try router.route(from: reference.start, to: reference.end, labels: pair)
        let ours = leg.distance.meters + leg.snapFrom.meters + leg.snapTo.meters
        print(
            "\(pair.0) → \(pair.1) by sea: \(leg.distance.kilometers) km + moves \(leg.snapFrom.kilometers) / "
                + "\(leg.snapTo.kilometers) km; searoute \(reference.searoute_total_m / 1000) km"
        )
        #expect(abs(ours - reference.searoute_total_m) / reference.searoute_total_m < 0.03)
        #expect(leg.distance.meters > reference.geodesic_m)
        #expect(leg.method.hasPrefix("sea lanes"))
    }

    @Test("a place far inland is refused with its distance to the sea")
    func farInland() throws {
        let router = try #require(sharedSeaRouter)
        let tikhoretsk = GeographicCoordinate(latitude: 45.85307, longitude: 40.11874)
        let najin = GeographicCoordinate(latitude: 42.24, longitude: 130.3)
        #expect {
            try router.route(from: tikhoretsk, to: najin, labels: ("Tikhoretsk", "Najin"))
        } throws: { error in
            guard case RoutingError.farFromSea(let place, let distance, _) = error else { return false }
            return place == "Tikhoretsk" && distance > .kilometers(100)
        }
    }
}
