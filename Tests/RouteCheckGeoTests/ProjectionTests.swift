import Foundation
import Testing

@testable import RouteCheckGeo

@Suite("PROJ coordinate transformations")
struct ProjectionTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            let crs: String
            let lon, lat, x, y: Double
        }
        let cases: [Case]
    }

    @Test("EPSG:4326 → 3857, UTM 37N and LAEA Europe agree with pyproj within 1 mm")
    func againstPyproj() throws {
        let data = try Data(contentsOf: TestPaths.fixture("projections.json"))
        let fixture = try JSONDecoder().decode(Fixture.self, from: data)
        #expect(fixture.cases.count == 300)
        for (crs, cases) in Dictionary(grouping: fixture.cases, by: \.crs) {
            let transformer = try CoordinateTransformer(from: "EPSG:4326", to: crs)
            // Input is lon, lat even though EPSG:4326 is latitude-first: axis order is normalised.
            let output = try transformer.transform(cases.map { Position(x: $0.lon, y: $0.lat) })
            for (c, p) in zip(cases, output) {
                #expect(abs(p.x - c.x) < 1e-3 && abs(p.y - c.y) < 1e-3, "\(crs) \(c.lon),\(c.lat)")
            }
            let back = try transformer.transform(output, inverse: true)
            // 1e-8 degrees is about 1 mm; PROJ's inverse projections iterate to about that.
            for (c, p) in zip(cases, back) { #expect(abs(p.x - c.lon) < 1e-8 && abs(p.y - c.lat) < 1e-8) }
        }
    }

    @Test("azimuthal equidistant: distance from the origin is the geodesic distance")
    func azimuthalEquidistant() throws {
        let center = GeographicCoordinate(latitude: 45.85307, longitude: 40.11874)
        let projection = try CoordinateTransformer.azimuthalEquidistant(centeredAt: center)
        for target in [
            GeographicCoordinate(latitude: 47.0, longitude: 38.0), GeographicCoordinate(latitude: 10, longitude: 100),
        ] {
            let p = try projection.transform(target.position)
            let geodesic = Geodesic.wgs84.geodesicDistance(from: center, to: target).meters
            #expect(abs((p.x * p.x + p.y * p.y).squareRoot() - geodesic) < 1e-3)
        }
    }

    @Test func errorsAreTyped() throws {
        #expect(throws: ProjectionError.self) { try CoordinateTransformer(from: "EPSG:4326", to: "EPSG:999999") }
        #expect(throws: ProjectionError.self) { try CoordinateTransformer(operation: "+proj=nonsense") }
        let mercator = try CoordinateTransformer(from: "EPSG:4326", to: "EPSG:3857")
        #expect(throws: ProjectionError.self) { try mercator.transform(Position(x: 0, y: 91)) }
    }
}
