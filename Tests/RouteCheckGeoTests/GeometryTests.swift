import Testing

@testable import RouteCheckGeo

@Suite("GEOS-backed geometry")
struct GeometryTests {
    let square = Geometry.polygon(
        Polygon(
            exterior: [
                Position(x: 0, y: 0), Position(x: 10, y: 0), Position(x: 10, y: 10), Position(x: 0, y: 10),
                Position(x: 0, y: 0),
            ],
            holes: [
                [
                    Position(x: 4, y: 4), Position(x: 6, y: 4), Position(x: 6, y: 6), Position(x: 4, y: 6),
                    Position(x: 4, y: 4),
                ]
            ]))

    @Test func wktAndWkbRoundTrip() throws {
        #expect(try square.wkt() == "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))")
        #expect(try Geometry(wkt: square.wkt()) == square)
        let wkb = try square.wkb()
        #expect(wkb.count == 1 + 4 + 4 + 2 * (4 + 5 * 16))
        #expect(try Geometry(wkb: wkb) == square)
        let collection = try Geometry(wkt: "GEOMETRYCOLLECTION (POINT (1 2), MULTILINESTRING ((0 0, 1 1), (2 2, 3 3)))")
        #expect(try Geometry(wkb: collection.wkb()) == collection)
        let truncated = "POLYGON ((0 0, 1 1"
        #expect(throws: GeometryError.self) { try Geometry(wkt: truncated) }
    }

    @Test func areaUnionBoundary() throws {
        #expect(try square.planarArea() == 96)
        let other = try Geometry(wkt: "POLYGON ((5 0, 15 0, 15 10, 5 10, 5 0))")
        #expect(try square.union(other).planarArea() == 148) // 150 less the uncovered half of the hole
        #expect(try square.intersection(other).planarArea() == 48)
        guard case .multiLineString(let rings) = try square.boundary() else {
            Issue.record("boundary of a polygon with a hole must be two rings")
            return
        }
        #expect(rings.lineStrings.count == 2)
    }

    @Test("a bow-tie is invalid, and made valid it keeps its area")
    func validity() throws {
        let bowtie = try Geometry(wkt: "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))")
        #expect(try bowtie.isValid() == false)
        #expect(try bowtie.validityReason().contains("Self-intersection"))
        let valid = try bowtie.makeValid()
        #expect(try valid.isValid())
        #expect(abs(try valid.planarArea() - 2) < 1e-12)
    }

    @Test func nearestPointsAndDistance() throws {
        let point = Geometry.point(Point(x: 5, y: 5)) // in the hole
        #expect(try square.planarDistance(to: point) == 1)
        let (onSquare, onPoint) = try square.nearestPoints(with: point)
        #expect(onPoint == Position(x: 5, y: 5))
        #expect(abs(hypot(onSquare.x - 5, onSquare.y - 5) - 1) < 1e-12)
    }

    @Test func simplifyAndDensify() throws {
        let wiggly = Geometry.lineString(
            LineString([
                Position(x: 0, y: 0), Position(x: 1, y: 0.001), Position(x: 2, y: 0), Position(x: 3, y: 0.5),
            ]))
        guard case .lineString(let simple) = try wiggly.simplified(tolerance: 0.01) else { return }
        #expect(simple.positions == [Position(x: 0, y: 0), Position(x: 2, y: 0), Position(x: 3, y: 0.5)])
        guard
            case .lineString(let dense) = try Geometry.lineString(
                LineString([Position(x: 0, y: 0), Position(x: 10, y: 0)])
            )
            .densified(maximumSegmentLength: 1)
        else { return }
        #expect(dense.positions.count == 11)
    }

    @Test func preparedContainment() throws {
        let prepared = try PreparedGeometry(square)
        #expect(try prepared.contains(Position(x: 1, y: 1)))
        #expect(try !prepared.contains(Position(x: 5, y: 5))) // hole
        #expect(try !prepared.contains(Position(x: 0, y: 5))) // boundary
        #expect(try prepared.covers(Position(x: 0, y: 5)))
        #expect(try prepared.intersects(.point(Point(x: 10, y: 10))))
    }

    @Test func preparedDistanceEqualsPlainDistance() throws {
        let prepared = try PreparedGeometry(square)
        // A point 3 units right of the square's right edge (x = 10), and one inside its hole (4 ≤ x, y ≤ 6): 1 unit
        // from the hole's ring, which is boundary.
        let outside = Geometry.point(Point(x: 13, y: 5))
        #expect(try prepared.planarDistance(to: outside) == 3)
        #expect(try prepared.planarDistance(to: outside) == (try square.planarDistance(to: outside)))
        let inHole = Geometry.point(Point(x: 5, y: 5))
        #expect(try prepared.planarDistance(to: inHole) == 1)
        #expect(try prepared.planarDistance(to: .point(Point(x: 1, y: 1))) == 0)
    }

    @Test func structuralErrorsAreTyped() {
        let open = Geometry.polygon(
            Polygon(exterior: [
                Position(x: 0, y: 0), Position(x: 1, y: 0),
                Position(x: 1, y: 1), Position(x: 0, y: 1),
            ]))
        #expect(throws: GeometryError.invalidStructure("a polygon ring must end where it starts")) {
            try open.isValid()
        }
        #expect(throws: GeometryError.self) { try Geometry.lineString(LineString([Position(x: 0, y: 0)])).wkt() }
    }
}

private func hypot(_ x: Double, _ y: Double) -> Double { (x * x + y * y).squareRoot() }
