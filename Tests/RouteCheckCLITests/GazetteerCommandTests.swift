import Foundation
import RouteCheckGeo
import Testing

@Suite("routecheck geocode and border-distance")
struct GazetteerCommandTests {
    @Test("geocode json: candidates with the documented members, best first")
    func geocodeJSON() throws {
        let result = try CLI.run(["geocode", "Washington", "--format", "json", "--limit", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
        guard case .array(let candidates)? = json["candidates"], let first = candidates.first else {
            Issue.record("no candidates: \(result.stdout)")
            return
        }
        for member in ["name", "lat", "lon", "country", "kind", "population", "score"] {
            #expect(first[member] != nil, "missing \(member)")
        }
        #expect(first["country"]?.stringValue == "US" && first["kind"]?.stringValue == "capital")
        let scores = candidates.compactMap { $0["score"]?.numberValue }
        #expect(scores == scores.sorted(by: >))
    }

    @Test("distance takes place names")
    func distanceByName() throws {
        let result = try CLI.run(["distance", "Najin", "Dunay", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
        let metres = try #require(json["distance_m"]?.numberValue)
        #expect(abs(metres - 182_000) < 2_000) // the issue's figure for the geodesic: 182 km
    }

    @Test("border-distance json: Tikhoretsk is about 202 km from Ukraine, outside it")
    func borderDistanceJSON() throws {
        let result = try CLI.run(["border-distance", "Tikhoretsk", "Ukraina", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
        let metres = try #require(json["distance_m"]?.numberValue)
        #expect(abs(metres - 202_000) < 1_500)
        #expect(json["inside"] == .bool(false))
        #expect(json["country"]?.stringValue == "UA")
        guard case .array(let nearest)? = json["nearest"], nearest.count == 2 else {
            Issue.record("nearest must be [lon, lat]")
            return
        }
        #expect((37.0...40.0).contains(nearest[0].numberValue ?? 0)) // longitude first
    }

    @Test("a place inside the country is at distance 0")
    func inside() throws {
        let result = try CLI.run(["border-distance", "Kyiv", "UA", "--format", "json"])
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
        #expect(json["inside"] == .bool(true) && json["distance_m"]?.numberValue == 0)
    }

    @Test("border-distance geojson opens in ogrinfo without warnings")
    func borderGeoJSON() throws {
        let result = try CLI.run(["border-distance", "Tikhoretsk", "UA", "--format", "geojson"])
        #expect(result.status == 0, "\(result.stderr)")
        try expectOgrinfoReadsCleanly(result.stdout, expectedFeatures: 3)
    }

    @Test("--reference measures to a user's GeoJSON")
    func reference() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("line-\(UUID().uuidString).geojson")
        try #"{"type":"LineString","coordinates":[[40.0,47.0],[42.0,47.0]]}"#.write(
            to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLI.run(["border-distance", "46,41", "--reference", file.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
        // Due north of 46,41 onto the parallel 47 N: the meridian arc from 46 to 47 degrees.
        let arc = Geodesic.wgs84.geodesicDistance(
            from: GeographicCoordinate(latitude: 46, longitude: 41),
            to: GeographicCoordinate(latitude: 47, longitude: 41)
        ).meters
        #expect(abs((json["distance_m"]?.numberValue ?? 0) - arc) < 1)
    }

    @Test("unknown names and countries: exit 2 with the closest known names")
    func unknown() throws {
        let place = try CLI.run(["border-distance", "Tikhoretzk", "Ukrane"])
        #expect(place.status == 2)
        #expect(place.stderr.contains("ukraine"), "\(place.stderr)")
        let missing = try CLI.run(["border-distance", "46,41", "--reference", "/nonexistent.geojson"])
        #expect(missing.status == 1 && missing.stderr.contains("/nonexistent.geojson"))
    }

    @Test("the embedded GeoPackage opens in ogrinfo with all its layers")
    func geopackageOpensInGDAL() throws {
        let ogrinfo = try #require(CLI.ogrinfo, "ogrinfo (gdal-bin) is required")
        let result = try CLI.runProcess(ogrinfo, ["-ro", "-so", "Data/routecheck.gpkg", "countries"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("Warning") && !result.stderr.contains("ERROR"), "\(result.stderr)")
        #expect(result.stdout.contains("Geometry: Multi Polygon"))
    }
}
