import Foundation
import RouteCheckGazetteer
import RouteCheckGeo
import Testing

/// Geodesic point-to-polygon distances against pyproj + shapely (Tests/Fixtures/point_polygon_distances.json,
/// made by Scripts/make_fixtures.py from the same committed polygons by a different method).
@Suite("Point-to-polygon distance against pyproj + shapely")
struct BorderDistanceReferenceTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            let country: String
            let lat, lon, distance_m, nearest_lon, nearest_lat: Double
        }
        struct Named: Decodable {
            let place, country: String
            let lat, lon, distance_m: Double
        }
        struct Water: Decodable {
            let place, sea: String
            /// The area's kind ("sea" when absent; "region" for an island's land).
            let kind: String?
            let lat, lon, distance_m: Double
        }
        let cases: [Case]
        let named: [Named]
        let waters: [Water]
    }

    static func fixture() throws -> Fixture {
        let url = ProvenanceTests.repository.appendingPathComponent("Tests/Fixtures/point_polygon_distances.json")
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    @Test("towns to a sea's water or an island's land (the stored Natural Earth polygon) agree within 1 m")
    func waters() throws {
        let gazetteer = try #require(sharedGazetteer)
        let waters = try Self.fixture().waters
        #expect(waters.count >= 4)
        for water in waters {
            let kind = PlaceKind(rawValue: water.kind ?? "sea") ?? .sea
            let area = try #require(try gazetteer.candidates(for: water.sea).first { $0.kind == kind }, "\(water.sea)")
            let polygon = try #require(try gazetteer.area(of: area), "\(water.sea) has no area")
            let result = try GeodesicDistanceIndex(polygon).nearestPoint(
                to: GeographicCoordinate(latitude: water.lat, longitude: water.lon))
            #expect(
                abs(result.distance.meters - water.distance_m) < 1,
                "\(water.place) → \(water.sea): \(result.distance.meters) vs \(water.distance_m)")
        }
    }

    @Test("1,400 random points around seven countries (both hemispheres) agree within 1 m; nearest points within 5 m")
    func randomPoints() throws {
        let gazetteer = try #require(sharedGazetteer)
        let fixture = try Self.fixture()
        #expect(fixture.cases.count >= 1000)
        var worst = 0.0, worstNearest = 0.0, inside = 0, ties = 0
        for (code, cases) in Dictionary(grouping: fixture.cases, by: \.country) {
            let index = try GeodesicDistanceIndex(try gazetteer.country(code).territory)
            for c in cases {
                let result = try index.nearestPoint(to: GeographicCoordinate(latitude: c.lat, longitude: c.lon))
                let difference = abs(result.distance.meters - c.distance_m)
                worst = max(worst, difference)
                #expect(difference < 1, "\(code) \(c.lat),\(c.lon): \(result.distance.meters) vs \(c.distance_m)")
                #expect(result.isInside == (c.distance_m == 0))
                if c.distance_m == 0 {
                    inside += 1
                    continue
                }
                // Our nearest point really is at the distance we report.
                let query = GeographicCoordinate(latitude: c.lat, longitude: c.lon)
                let toOurs = Geodesic.wgs84.geodesicDistance(from: query, to: result.nearest).meters
                #expect(abs(toOurs - result.distance.meters) < 0.01)
                // The nearest point need not be unique (a border curving around the point): the two methods'
                // points must coincide within 5 m unless both are equally near (within 5 cm).
                let theirs = GeographicCoordinate(latitude: c.nearest_lat, longitude: c.nearest_lon)
                let gap = Geodesic.wgs84.geodesicDistance(from: result.nearest, to: theirs).meters
                let tie = abs(Geodesic.wgs84.geodesicDistance(from: query, to: theirs).meters - toOurs) < 0.05
                worstNearest = max(worstNearest, gap)
                if gap >= 5 { ties += 1 }
                #expect(gap < 5 || tie, "\(code) \(c.lat),\(c.lon): nearest points \(gap) m apart")
            }
        }
        print(
            "point-to-polygon vs pyproj+shapely: \(fixture.cases.count) points (\(inside) inside), worst distance "
                + "difference \(worst) m, worst nearest-point gap \(worstNearest) m (\(ties) points with two equally near border points)"
        )
    }

    @Test(
        "named border distances within 0.5 % of the reference",
        arguments: ["Tikhoretsk", "Rostov-on-Don", "Vladivostok", "Kaliningrad"])
    func named(_ place: String) throws {
        let gazetteer = try #require(sharedGazetteer)
        let reference = try #require(try Self.fixture().named.first { $0.place == place })
        let index = try GeodesicDistanceIndex(try gazetteer.country(reference.country).territory)
        let result = try index.nearestPoint(to: GeographicCoordinate(latitude: reference.lat, longitude: reference.lon))
        let relative = abs(result.distance.meters - reference.distance_m) / reference.distance_m
        print(
            "\(place) → \(reference.country): \(result.distance.kilometers) km (pyproj+shapely "
                + "\(reference.distance_m / 1000) km)"
        )
        #expect(relative < 0.005)
    }
}
