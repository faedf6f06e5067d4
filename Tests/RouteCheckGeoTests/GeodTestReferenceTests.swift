import Foundation
import Testing

@testable import RouteCheckGeo

/// GeographicLib's reference geodesics (C. F. F. Karney, GeodTest-short.dat: 10,000 geodesics on
/// WGS 84 computed with high-precision arithmetic). Columns: lat1 lon1 azi1 lat2 lon2 azi2 s12 …
@Suite("GeographicLib test set")
struct GeodTestReferenceTests {
    struct Case { let lat1, lon1, azi1, lat2, lon2, azi2, s12: Double }

    static func cases() throws -> [Case] {
        try gunzip(TestPaths.geodTest).split(separator: "\n").compactMap { line in
            let v = line.split(separator: " ").compactMap { Double($0) }
            guard v.count >= 7 else { return nil }
            return Case(lat1: v[0], lon1: v[1], azi1: v[2], lat2: v[3], lon2: v[4], azi2: v[5], s12: v[6])
        }
    }

    static var available: Bool { FileManager.default.fileExists(atPath: TestPaths.geodTest.path) }

    @Test(
        "inverse: all 10,000 distances within 100 nm, azimuths within 1e-7 degrees away from antipodes",
        .enabled(if: available, "../shared/testdata/GeodTest-short.dat.gz is absent: skipped"))
    func inverse() throws {
        let cases = try Self.cases()
        #expect(cases.count == 10_000)
        var worstDistance = 0.0, worstAzimuth = 0.0
        for c in cases {
            let result = Geodesic.wgs84.inverse(
                from: GeographicCoordinate(latitude: c.lat1, longitude: c.lon1),
                to: GeographicCoordinate(latitude: c.lat2, longitude: c.lon2))
            worstDistance = max(worstDistance, abs(result.distance.meters - c.s12))
            // Azimuths are ill-conditioned for nearly coincident, polar or nearly antipodal points
            // (GeographicLib states its accuracy there in metres of displacement); compare elsewhere.
            if c.s12 > 1, c.s12 < 19_000_000, abs(c.lat1) < 89.9, abs(c.lat2) < 89.9 {
                worstAzimuth = max(
                    worstAzimuth, angleDifference(result.initialAzimuth, c.azi1),
                    angleDifference(result.finalAzimuth, c.azi2))
            }
        }
        print("GeodTest inverse: worst distance error \(worstDistance) m, worst azimuth error \(worstAzimuth)°")
        #expect(worstDistance < 100e-9)
        #expect(worstAzimuth < 1e-7)
    }

    @Test(
        "direct: all 10,000 end points within 100 nm of the reference",
        .enabled(if: available, "../shared/testdata/GeodTest-short.dat.gz is absent: skipped"))
    func direct() throws {
        var worst = 0.0
        for c in try Self.cases() {
            let start = GeographicCoordinate(latitude: c.lat1, longitude: c.lon1)
            let result = Geodesic.wgs84.direct(from: start, azimuth: c.azi1, distance: Length(meters: c.s12))
            let miss = Geodesic.wgs84.geodesicDistance(
                from: result.end, to: GeographicCoordinate(latitude: c.lat2, longitude: c.lon2)
            ).meters
            worst = max(worst, miss)
        }
        print("GeodTest direct: worst end-point error \(worst) m")
        #expect(worst < 100e-9)
    }
}

func angleDifference(_ a: Double, _ b: Double) -> Double {
    let d = abs(wrapLongitude(a - b))
    return min(d, 360 - d)
}
