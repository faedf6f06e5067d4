import Foundation
import RouteCheckGeo

/// The coast within a radius of a point, built once and kept (in memory and, through ``SeaRegionStore``, on
/// disk): the land of a ``LandMask`` in an azimuthal equidistant projection centred on the point (metres;
/// distances from the centre are exact geodesics), widened by a clearance, and the corners of that land a
/// shortest water path may bend around.
///
/// A shortest path among polygonal obstacles is a chain of straight segments that bends only at convex
/// corners of the obstacles, touching them tangentially (the visibility-graph theorem; de Berg et al.,
/// *Computational Geometry*, ch. 15). The region keeps those corners, pushed ``cornerOffset`` metres off the
/// widened land so segments between them do not touch it, and the widened land's edges in a ``SegmentGrid``
/// that answers "does this segment touch land?" and "is this point on land?".
///
/// The widened land covers the real land with a margin: it is the land buffered by `clearance` and then
/// simplified (topology preserving) with half that tolerance, so it is never more than half the clearance
/// inside the buffer's edge. Gaps between neighbouring countries' polygons narrower than twice the
/// clearance are closed by the buffer, and water the widened land encloses is filled.
///
/// Building costs 10 ms to 1.5 s (GEOS buffer and union of up to 30,000 coast vertices); reading one from
/// disk costs a few milliseconds. Immutable, so one region serves any number of searches and threads.
final class CoastRegion: Sendable {
    /// A convex corner of the widened land, in the projection (metres) and as longitude/latitude, with its
    /// two neighbours along the ring (for the tangency and taut-path tests).
    struct Corner: Sendable, Equatable {
        var point: Position
        var coordinate: GeographicCoordinate
        var previous: Position
        var next: Position
    }

    let center: GeographicCoordinate
    let radius: Length
    let clearance: Length
    /// The widened land's rings (projected metres; holes included).
    let landRings: [[Position]]
    /// The rings of the widened land grown by twice ``cornerOffset``: the water line an end on land is moved to.
    let shoreRings: [[Position]]
    let corners: [Corner]
    let land: SegmentGrid
    /// How far corners and moved ends are kept off the widened land: 25 m.
    static let cornerOffset = 25.0

    /// Builds the region within `radius` of `center`.
    /// - Throws: ``GeometryError`` or ``ProjectionError`` when GEOS or PROJ fail, ``GazetteerError`` when the
    ///   country polygons cannot be read.
    convenience init(center: GeographicCoordinate, radius: Length, mask: LandMask, clearance: Length) throws {
        let projection = try CoordinateTransformer.azimuthalEquidistant(centeredAt: center)
        var projected: [Polygon] = []
        for polygon in try mask.polygons(in: WaterRegion.box(around: center, radius: radius)) {
            projected.append(Polygon(exterior: try projection.transform(polygon.exterior)))
        }
        var widened = Geometry.multiPolygon(MultiPolygon([]))
        var shore: [[Position]] = []
        if !projected.isEmpty {
            let buffered = try Geometry.multiPolygon(MultiPolygon(projected))
                .buffer(clearance.meters, quadrantSegments: 2)
                .simplified(tolerance: clearance.meters / 2)
            // Water enclosed by land (a hole) cannot be reached from the sea: fill it, so a port on a
            // closed lagoon, a river mouth the buffer shut or a lake is moved to the open water outside.
            // The union drops islands that were inside a filled hole.
            widened = try Geometry.multiPolygon(MultiPolygon(buffered.polygonMembers.map(\.exteriorOnly))).unaryUnion()
            // Grown by twice the corner offset (holes filled), the water line keeps that distance from the land,
            // and slits in the shoreline narrower than that (left by the buffer where a bay was closed) cannot
            // trap a moved end.
            let grown = try widened.buffer(Self.cornerOffset * 2, quadrantSegments: 2).polygonMembers.map(
                \.exteriorOnly)
            shore = try Geometry.multiPolygon(MultiPolygon(grown)).unaryUnion().polygonMembers.flatMap(\.rings)
        }
        let polygons = widened.polygonMembers
        let land = SegmentGrid(rings: polygons.flatMap(\.rings))
        let found = Self.corners(of: polygons, land: land)
        let coordinates = try projection.transform(found.map(\.point), inverse: true)
        let corners = found.indices.map {
            Corner(
                point: found[$0].point, coordinate: GeographicCoordinate(coordinates[$0]),
                previous: found[$0].previous, next: found[$0].next)
        }
        self.init(
            center: center, radius: radius, clearance: clearance, landRings: polygons.flatMap(\.rings),
            shoreRings: shore, corners: corners, land: land)
    }

    /// A region from its parts (as read back by ``decode(_:)``).
    init(
        center: GeographicCoordinate, radius: Length, clearance: Length, landRings: [[Position]],
        shoreRings: [[Position]], corners: [Corner], land: SegmentGrid? = nil
    ) {
        self.center = center
        self.radius = radius
        self.clearance = clearance
        self.landRings = landRings
        self.shoreRings = shoreRings
        self.corners = corners
        self.land = land ?? SegmentGrid(rings: landRings)
    }

    /// The convex land corners of `polygons`, each pushed ``cornerOffset`` off the land along the bisector of
    /// its two edges' outward normals (corners that end up on other land are dropped).
    private typealias FoundCorner = (point: Position, previous: Position, next: Position)

    private static func corners(of polygons: [Polygon], land: SegmentGrid) -> [FoundCorner] {
        var found: [FoundCorner] = []
        for polygon in polygons {
            for (ringIndex, closedRing) in polygon.rings.enumerated() {
                let ring = Array(closedRing.dropLast())
                guard ring.count >= 3 else { continue }
                var twiceArea = 0.0
                for k in 0..<ring.count {
                    let a = ring[k], b = ring[(k + 1) % ring.count]
                    twiceArea += a.x * b.y - b.x * a.y
                }
                // Walking the ring, land is on the left when an exterior runs anticlockwise or a hole clockwise.
                let landOnLeft = (ringIndex == 0) == (twiceArea > 0)
                for k in 0..<ring.count {
                    let a = ring[(k + ring.count - 1) % ring.count], b = ring[k], c = ring[(k + 1) % ring.count]
                    let turn = PlaneVector.cross(b - a, c - b)
                    // A convex land corner: the walk turns towards the land.
                    guard turn != 0, (turn > 0) == landOnLeft else { continue }
                    let outward = PlaneVector.unit(
                        PlaneVector.outwardNormal(b - a, landOnLeft)
                            + PlaneVector.outwardNormal(c - b, landOnLeft))
                    let corner = b + outward * cornerOffset
                    if land.contains(corner) { continue }
                    found.append((corner, a, c))
                }
            }
        }
        return found
    }

    /// Whether a projected point lies on the widened land.
    func isLand(_ point: Position) -> Bool { land.contains(point) }

    /// The nearest point of the water line (``shoreRings``) to a projected point, or nil when the region has
    /// no land. Exhaustive over the water line's edges (tens of thousands at most: well under a millisecond).
    func nearestWaterLinePoint(to point: Position) -> Position? {
        var best: Position?, bestSquared = Double.infinity
        for ring in shoreRings where ring.count >= 2 {
            for k in 0..<(ring.count - 1) {
                let a = ring[k], b = ring[k + 1]
                let edge = b - a, lengthSquared = edge.x * edge.x + edge.y * edge.y
                var t = lengthSquared > 0 ? ((point.x - a.x) * edge.x + (point.y - a.y) * edge.y) / lengthSquared : 0
                t = min(1, max(0, t))
                let candidate = a + edge * t
                let dx = candidate.x - point.x, dy = candidate.y - point.y
                if dx * dx + dy * dy < bestSquared {
                    bestSquared = dx * dx + dy * dy
                    best = candidate
                }
            }
        }
        return best
    }
}

extension Polygon {
    /// The polygon without its holes.
    fileprivate var exteriorOnly: Polygon { Polygon(exterior: exterior) }
}

/// Plane vector helpers for projected positions (metres).
enum PlaneVector {
    static func cross(_ a: Position, _ b: Position) -> Double { a.x * b.y - a.y * b.x }
    static func length(_ a: Position) -> Double { (a.x * a.x + a.y * a.y).squareRoot() }
    static func unit(_ a: Position) -> Position {
        let l = length(a)
        return l > 0 ? a * (1 / l) : Position(x: 0, y: 0)
    }
    /// The unit normal of an edge pointing away from the land (to the right when land is on the left).
    static func outwardNormal(_ edge: Position, _ landOnLeft: Bool) -> Position {
        unit(landOnLeft ? Position(x: edge.y, y: -edge.x) : Position(x: -edge.y, y: edge.x))
    }
}

func - (a: Position, b: Position) -> Position { Position(x: a.x - b.x, y: a.y - b.y) }
func + (a: Position, b: Position) -> Position { Position(x: a.x + b.x, y: a.y + b.y) }
func * (a: Position, k: Double) -> Position { Position(x: a.x * k, y: a.y * k) }
