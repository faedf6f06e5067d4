import Testing

@testable import RouteCheckGeo

@Suite("Geodesic, lengths and antimeridian")
struct GeodesicTests {
    let najin = GeographicCoordinate(latitude: 42.25559, longitude: 130.28308)
    let dunay = GeographicCoordinate(latitude: 42.87879, longitude: 132.33542)

    @Test func unitsAreExact() {
        #expect(Length.statuteMiles(180).meters == 289_681.92)
        #expect(Length.nauticalMiles(1).meters == 1852)
        #expect(Length(meters: 290_000).kilometers == 290)
        #expect(abs(Length.kilometers(290).statuteMiles - 180.197) < 0.001)
    }

    @Test func coordinateParsing() throws {
        let c = try GeographicCoordinate(parsing: " -33.92, 18.42")
        #expect(c.latitude == -33.92 && c.longitude == 18.42)
        #expect(throws: CoordinateError.latitudeOutOfRange(91)) { try GeographicCoordinate(parsing: "91,0") }
        #expect(throws: CoordinateError.malformed("abc")) { try GeographicCoordinate(parsing: "abc") }
        #expect(throws: CoordinateError.self) { try GeographicCoordinate(parsing: "NaN,0") }
        #expect(throws: CoordinateError.malformed("1,2,3")) { try GeographicCoordinate(parsing: "1,2,3") }
    }

    @Test("densified points lie on the geodesic and are evenly spaced")
    func pointsAlongGeodesic() throws {
        let total = Geodesic.wgs84.geodesicDistance(from: najin, to: dunay).meters
        let points = try Geodesic.wgs84.points(from: najin, to: dunay, maximumSpacing: .kilometers(10))
        #expect(points.count == Int((total / 10_000).rounded(.up)) + 1)
        var sum = 0.0
        for (a, b) in zip(points, points.dropFirst()) {
            let step = Geodesic.wgs84.geodesicDistance(from: a, to: b).meters
            #expect(step <= 10_000 + 1e-6)
            sum += step
        }
        // Points on the geodesic: their lengths add up to the whole.
        #expect(abs(sum - total) < 1e-6)
        #expect(throws: GeodesyError.invalidSpacing(0)) {
            try Geodesic.wgs84.points(from: najin, to: dunay, maximumSpacing: .zero)
        }
    }

    @Test("adaptive lines: few points, every drawn chord within about 100 m of the geodesic, all points on it")
    func adaptiveLine() throws {
        let pairs: [(GeographicCoordinate, GeographicCoordinate)] = [
            (najin, dunay),
            (
                GeographicCoordinate(latitude: 42.26, longitude: 130.28),
                GeographicCoordinate(latitude: 45.33, longitude: 28.97)
            ),
            (GeographicCoordinate(latitude: -30, longitude: -60), GeographicCoordinate(latitude: 35, longitude: 100)),
            (GeographicCoordinate(latitude: 80, longitude: -170), GeographicCoordinate(latitude: 82, longitude: 20)),
            (GeographicCoordinate(latitude: 60, longitude: 170), GeographicCoordinate(latitude: 55, longitude: -160)),
            (GeographicCoordinate(latitude: 0.5, longitude: 10), GeographicCoordinate(latitude: 0.5, longitude: 10)),
        ]
        let geodesic = Geodesic.wgs84
        for (a, b) in pairs {
            let total = geodesic.geodesicDistance(from: a, to: b).meters
            let points = try geodesic.points(from: a, to: b, maximumDeviation: Length(meters: 100))
            #expect(points.first == a)
            let last = try #require(points.last)
            #expect(last.latitude == b.latitude && abs(wrapLongitude(last.longitude - b.longitude)) < 1e-9)
            var sum = 0.0
            var worst = 0.0
            for (p, q) in zip(points, points.dropFirst()) {
                let step = geodesic.inverse(from: p, to: q)
                sum += step.distance.meters
                // The chord in longitude/latitude against the geodesic between the same points, at nine fractions.
                for tenth in 1...9 {
                    let f = Double(tenth) / 10
                    let onGeodesic = geodesic.direct(from: p, azimuth: step.initialAzimuth, distance: step.distance * f)
                        .end
                    let onChord = GeographicCoordinate(
                        latitude: p.latitude + (q.latitude - p.latitude) * f,
                        longitude: p.longitude + (q.longitude - p.longitude) * f)
                    worst = max(worst, geodesic.geodesicDistance(from: onGeodesic, to: onChord).meters)
                }
            }
            #expect(abs(sum - total) < 1e-3, "points must lie on the geodesic")
            #expect(worst <= 130, "a chord strays \(worst) m from the geodesic")
            // Far fewer points than equal spacing every 5 km (which the reports used before): a third or less.
            #expect(points.count <= Int(total / 5_000) / 3 + 12, "\(points.count) points for \(total) m")
        }
        #expect(throws: GeodesyError.invalidSpacing(0)) {
            try Geodesic.wgs84.points(from: najin, to: dunay, maximumDeviation: .zero)
        }
    }

    @Test("a geodesic across the antimeridian becomes a MultiLineString meeting at ±180")
    func antimeridian() throws {
        let line = try Geodesic.wgs84.line(
            from: GeographicCoordinate(latitude: 60, longitude: 170),
            to: GeographicCoordinate(latitude: 55, longitude: -160))
        guard case .multiLineString(let multi) = line else {
            Issue.record("expected a MultiLineString, got \(line.typeName)")
            return
        }
        #expect(multi.lineStrings.count == 2)
        let west = multi.lineStrings[0].positions, east = multi.lineStrings[1].positions
        #expect(west.last?.x == 180 && east.first?.x == -180)
        #expect(west.last?.y == east.first?.y)
        for p in west + east { #expect((-180...180).contains(p.x)) }
        let short = try Geodesic.wgs84.line(from: najin, to: dunay)
        #expect(short.typeName == "LineString")
    }

    @Test func lengthOfGeometry() throws {
        let line = Geometry.lineString(LineString([najin.position, dunay.position, najin.position]))
        let expected = 2 * Geodesic.wgs84.geodesicDistance(from: najin, to: dunay).meters
        #expect(abs(Geodesic.wgs84.length(of: line).meters - expected) < 1e-6)
    }

    @Test func invalidEllipsoidIsRefused() {
        #expect(throws: GeodesyError.self) { try Ellipsoid(semiMajorAxis: -1, flattening: 0) }
        #expect(throws: GeodesyError.self) { try Ellipsoid(semiMajorAxis: 6e6, flattening: .nan) }
    }

    @Test("a sphere gives the great-circle distance")
    func sphere() throws {
        let sphere = Geodesic(ellipsoid: try Ellipsoid(semiMajorAxis: 6_371_000, flattening: 0))
        let quarter = sphere.geodesicDistance(
            from: GeographicCoordinate(latitude: 0, longitude: 0),
            to: GeographicCoordinate(latitude: 0, longitude: 90))
        #expect(abs(quarter.meters - 6_371_000 * Double.pi / 2) < 1e-6)
    }
}
