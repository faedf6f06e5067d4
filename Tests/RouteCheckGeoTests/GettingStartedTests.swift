import Foundation
import RouteCheckGeo
import RouteCheckTestSupport
import Testing

/// The getting-started article of the DocC catalogue (Sources/RouteCheckGeo/RouteCheckGeo.docc/GettingStarted.md)
/// compiles and gives the figures it states; every line of its code blocks is in this file, so the two cannot drift.
@Suite("DocC getting-started example")
struct GettingStartedTests {
    @Test("the article's code runs and gives its figures")
    func example() throws {
        let najin = GeographicCoordinate(latitude: 42.2556, longitude: 130.2831)
        let dunay = GeographicCoordinate(latitude: 42.8788, longitude: 132.3354)
        let inverse = Geodesic.wgs84.inverse(from: najin, to: dunay)
        let kilometres = inverse.distance.kilometers // 182.2
        let nauticalMiles = inverse.distance.value(in: .nauticalMiles) // 98.4
        let ahead = Geodesic.wgs84.direct(from: najin, azimuth: inverse.initialAzimuth, distance: .kilometers(100))

        let corners = [(131.0, 43.0), (132, 43), (132, 44), (131, 44), (131, 43)].map { Position(x: $0.0, y: $0.1) }
        let square = Geometry.polygon(Polygon(exterior: corners)) // x is longitude, y latitude
        let index = try GeodesicDistanceIndex(square)
        let nearest = try index.nearestPoint(to: najin)
        let toBorder = nearest.distance.kilometers // 101.5, to the square's south-west corner

        let line = try Geodesic.wgs84.line(from: najin, to: dunay, maximumSpacing: .kilometers(10))
        let feature = Feature(geometry: line, properties: ["distance_m": .finite(inverse.distance.meters)])
        let text = GeoJSONWriter().string(feature)

        print(
            "getting started: \(kilometres) km, \(nauticalMiles) nmi, \(toBorder) km to the square, nearest "
                + "\(nearest.nearest)"
        )
        #expect(abs(kilometres - 182.2) < 0.05)
        #expect(abs(nauticalMiles - 98.4) < 0.05)
        // 100 km along the initial azimuth, then back: the inverse gives 100 km again.
        #expect(abs(Geodesic.wgs84.inverse(from: najin, to: ahead.end).distance.meters - 100_000) < 1e-6)
        #expect(abs(toBorder - 101.47) < 0.01) // pyproj Geod(WGS84).inv to (43 N, 131 E): 101.470 km
        #expect(text.hasPrefix("{\"type\":\"Feature\""))
    }

    @Test("every code line of the article is in this test")
    func articleMatchesTest() throws {
        let (missing, checked) = try DocCArticleCode.missingLines(
            article: Repository.root.appendingPathComponent(
                "Sources/RouteCheckGeo/RouteCheckGeo.docc/GettingStarted.md"), testFile: #filePath)
        #expect(missing.isEmpty, "not in the test: \(missing)")
        #expect(checked >= 10)
    }
}
