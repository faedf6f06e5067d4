import Foundation
import RouteCheckGeo
import Testing

@Suite("routecheck distance")
struct DistanceCommandTests {
    @Test("json output carries distance_m and both azimuths, matching the library")
    func json() throws {
        let result = try CLI.run(["distance", "42.25559,130.28308", "42.87879,132.33542", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
        let expected = Geodesic.wgs84.inverse(
            from: GeographicCoordinate(latitude: 42.25559, longitude: 130.28308),
            to: GeographicCoordinate(latitude: 42.87879, longitude: 132.33542))
        #expect(json["distance_m"]?.numberValue == expected.distance.meters)
        #expect(json["azimuth1_deg"]?.numberValue == expected.initialAzimuth)
        #expect(json["azimuth2_deg"]?.numberValue == expected.finalAzimuth)
    }

    @Test("text output in the requested unit; negative coordinates need no '--'")
    func textUnits() throws {
        let result = try CLI.run(["distance", "-33.92,18.42", "51.5,-0.12", "--units", "nmi"])
        #expect(result.status == 0, "\(result.stderr)")
        let metres = Geodesic.wgs84.geodesicDistance(
            from: GeographicCoordinate(latitude: -33.92, longitude: 18.42),
            to: GeographicCoordinate(latitude: 51.5, longitude: -0.12)
        ).meters
        let nmi = (metres / 1852 * 1000).rounded() / 1000
        #expect(result.stdout.contains("\(nmi) nmi"))
    }

    @Test("bad coordinates give a clear error and exit code 2", arguments: ["91,0", "abc,1", "NaN,0", "1,inf", "12"])
    func badCoordinates(_ bad: String) throws {
        let result = try CLI.run(["distance", bad, "1,1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("routecheck:") || result.stderr.contains("Error"))
        #expect(result.stdout.isEmpty)
    }

    @Test("geojson: a Feature whose line is split at the antimeridian, read by ogrinfo without warnings")
    func geojsonThroughOgrinfo() throws {
        let result = try CLI.run(["distance", "60,170", "55,-160", "--format", "geojson"])
        #expect(result.status == 0)
        let document = try GeoJSONReader.read(Data(result.stdout.utf8))
        guard case .feature(let feature) = document, case .multiLineString? = feature.geometry else {
            Issue.record("expected a Feature with a MultiLineString")
            return
        }
        try expectOgrinfoReadsCleanly(result.stdout, expectedFeatures: 1)
    }
}

/// Writes `text` to a temporary .geojson file and checks that GDAL's ogrinfo opens it with no
/// warning or error and finds the expected feature count.
func expectOgrinfoReadsCleanly(
    _ text: String, expectedFeatures: Int, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    guard let ogrinfo = CLI.ogrinfo else {
        Issue.record(
            "ogrinfo (Debian gdal-bin) is not installed; Scripts/install-deps installs it",
            sourceLocation: sourceLocation)
        return
    }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("routecheck-\(UUID().uuidString).geojson")
    try text.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try CLI.runProcess(ogrinfo, ["-ro", "-al", "-so", file.path], environment: ["CPL_DEBUG": "OFF"])
    #expect(result.status == 0, "ogrinfo failed: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(
        !result.stderr.contains("Warning") && !result.stderr.contains("ERROR"), "ogrinfo: \(result.stderr)",
        sourceLocation: sourceLocation)
    #expect(
        result.stdout.contains("Feature Count: \(expectedFeatures)"), "ogrinfo: \(result.stdout)",
        sourceLocation: sourceLocation)
}
