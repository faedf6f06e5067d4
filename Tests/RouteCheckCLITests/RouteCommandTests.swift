import Foundation
import RouteCheckGeo
import Testing

@Suite("routecheck route")
struct RouteCommandTests {
    @Test("sea then rail: a FeatureCollection of two legs with their figures, read cleanly by ogrinfo")
    func seaThenRail() throws {
        let result = try CLI.run([
            "route", "Najin", "Dunay", "Tikhoretsk", "--mode", "sea,rail", "--within", "RU", "--format", "geojson",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("41 km from the nearest railway node"))
        guard case .featureCollection(let collection) = try GeoJSONReader.read(Data(result.stdout.utf8)) else {
            Issue.record("expected a FeatureCollection")
            return
        }
        #expect(collection.features.count == 2)
        let sea = try #require(collection.features.first?.properties),
            rail = try #require(collection.features.last?.properties)
        #expect(sea["mode"] == "sea" && rail["mode"] == "rail")
        for leg in [sea, rail] {
            let distance = try #require(leg["distance_m"]?.numberValue),
                geodesic = try #require(leg["geodesic_m"]?.numberValue)
            #expect(distance > geodesic)
            #expect(abs(try #require(leg["detour_ratio"]?.numberValue) - distance / geodesic) < 1e-9)
            #expect(leg["snap_from_m"]?.numberValue != nil && leg["snap_to_m"]?.numberValue != nil)
        }
        let document = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
        let total = try #require(document["total_m"]?.numberValue)
        #expect(
            abs(
                total - (try #require(sea["distance_m"]?.numberValue) + (try #require(rail["distance_m"]?.numberValue)))
            ) < 1e-6)
        try expectOgrinfoReadsCleanly(result.stdout, expectedFeatures: 2)
    }

    @Test("a sea leg from a town far inland fails with exit 1 and says how far the sea is")
    func inland() throws {
        let result = try CLI.run(["route", "Tikhoretsk", "Najin", "--mode", "sea"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Tikhoretsk") && result.stderr.contains("km from the sea"))
        #expect(result.stdout.isEmpty)
    }

    @Test(
        "an unknown mode or a wrong number of modes is a usage error (exit 2)",
        arguments: [["--mode", "boat"], ["--mode", "sea,rail,sea"]])
    func badModes(_ options: [String]) throws {
        let result = try CLI.run(["route", "Najin", "Dunay", "Tikhoretsk"] + options)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--mode"))
    }
}
