import Foundation
import RouteCheckGeo

/// The water around a place (or two): the land of a ``LandMask`` in an azimuthal equidistant projection
/// centred on the region (metres; distances from the centre are exact geodesics), widened by a clearance,
/// and the corners of that land a shortest water path may bend around.
///
/// A shortest path among polygonal obstacles is a chain of straight segments that bends only at convex
/// corners of the obstacles, touching them tangentially (the visibility-graph theorem; de Berg et al.,
/// *Computational Geometry*, ch. 15). The region keeps those corners, pushed a few metres off the widened
/// land so segments between them do not touch it, and answers "does this segment cross land?" with a
/// GEOS prepared geometry. Segments are straight in the projection; ``path(from:to:)`` returns them
/// densified so the drawn line is the tested one.
///
/// The widened land covers the real land with a margin: it is the land buffered by `clearance` and then
/// simplified (topology preserving) with half that tolerance, so it is never more than half the clearance
/// inside the buffer's edge. Gaps between neighbouring countries' polygons narrower than twice the
/// clearance are closed by the buffer, and water the widened land encloses is filled.
final class WaterRegion {
    struct Vertex {
        /// Projected position, metres.
        var point: Position
        var coordinate: GeographicCoordinate
        /// The land corner's neighbours along its ring, for the tangency test; nil for free points (ends, lane nodes).
        var previous: Position?
        var next: Position?
    }

    let center: GeographicCoordinate
    let radius: Length
    let box: BoundingBox
    let projection: CoordinateTransformer
    let land: PreparedGeometry
    private let widened: Geometry
    /// The shore the ends are moved to (built when an end first needs moving, then kept).
    private var grownShore: Geometry?
    private(set) var vertices: [Vertex] = []
    static let cornerOffset = 25.0

    /// Builds the region within `radius` of `center`.
    init(center: GeographicCoordinate, radius: Length, mask: LandMask, clearance: Length) throws {
        self.center = center
        self.radius = radius
        box = Self.box(around: center, radius: radius)
        projection = try CoordinateTransformer.azimuthalEquidistant(centeredAt: center)
        var projected: [Polygon] = []
        for polygon in try mask.polygons(in: box) {
            projected.append(Polygon(exterior: try projection.transform(polygon.exterior)))
        }
        let widened: Geometry
        if projected.isEmpty {
            widened = .multiPolygon(MultiPolygon([]))
        } else {
            let buffered = try Geometry.multiPolygon(MultiPolygon(projected))
                .buffer(clearance.meters, quadrantSegments: 2)
                .simplified(tolerance: clearance.meters / 2)
            // Water enclosed by land (a hole) cannot be reached from the sea: fill it, so a port on a
            // closed lagoon, a river mouth the buffer shut or a lake is moved to the open water outside.
            // The union drops islands that were inside a filled hole.
            widened = try Geometry.multiPolygon(MultiPolygon(buffered.polygonMembers.map { Polygon(exterior: $0.exterior) }))
                .unaryUnion()
        }
        land = try PreparedGeometry(widened)
        self.widened = widened
        try addCorners(of: widened)
    }

    /// A longitude/latitude box holding every point within `radius` of `center` (latitude clamped to ±89.9°).
    static func box(around center: GeographicCoordinate, radius: Length) -> BoundingBox {
        let degreesLatitude = radius.meters / 110_574
        let south = max(center.latitude - degreesLatitude, -89.9), north = min(center.latitude + degreesLatitude, 89.9)
        let widest = max(abs(south), abs(north))
        let metresPerDegree = 111_320 * cos(widest * .pi / 180)
        let degreesLongitude = metresPerDegree > 0 ? min(radius.meters / metresPerDegree, 180) : 180
        return BoundingBox(minX: center.longitude - degreesLongitude, minY: south,
                           maxX: center.longitude + degreesLongitude, maxY: north)
    }

    /// Whether a longitude/latitude point lies in the region's box (longitudes compared modulo 360°).
    func holds(_ coordinate: GeographicCoordinate) -> Bool {
        guard coordinate.latitude >= box.minY, coordinate.latitude <= box.maxY else { return false }
        guard coordinate.longitude.isFinite else { return false }
        // The longitude moved by whole turns to the first one at or east of the box's west edge (O(1)).
        var offset = (coordinate.longitude - box.minX).truncatingRemainder(dividingBy: 360)
        if offset < 0 { offset += 360 }
        return box.minX + offset <= box.maxX
    }

    private func addCorners(of widened: Geometry) throws {
        var points: [Position] = [], neighbours: [(Position, Position)] = []
        for polygon in widened.polygonMembers {
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
                    let turn = cross(b - a, c - b)
                    // A convex land corner: the walk turns towards the land.
                    guard turn != 0, (turn > 0) == landOnLeft else { continue }
                    let outward = unit(outwardNormal(b - a, landOnLeft) + outwardNormal(c - b, landOnLeft))
                    let corner = b + outward * Self.cornerOffset
                    if try land.covers(corner) { continue }
                    points.append(corner)
                    neighbours.append((a, c))
                }
            }
        }
        let coordinates = try projection.transform(points, inverse: true)
        for index in points.indices {
            vertices.append(Vertex(point: points[index], coordinate: GeographicCoordinate(coordinates[index]),
                                   previous: neighbours[index].0, next: neighbours[index].1))
        }
    }

    /// Adds a free point (an end of the leg, a lane node) and returns its index, or nil when it is on land.
    func addFreePoint(_ coordinate: GeographicCoordinate) throws -> Int? {
        let point = try projection.transform(coordinate.position)
        guard try !land.covers(point) else { return nil }
        vertices.append(Vertex(point: point, coordinate: coordinate, previous: nil, next: nil))
        return vertices.count - 1
    }

    /// Moves `coordinate` to the nearest water outside the widened land (a port or coastal town is often
    /// mapped on land) and adds it as a free point. Returns its index and the distance moved (zero when it
    /// was already on water). The nearest shore may be the region's edge for a place far inland: callers
    /// compare the distance with a limit well inside the region's radius.
    ///
    /// The water point is the nearest point of the widened land grown by twice ``cornerOffset`` (holes
    /// filled): it keeps that distance from the land, and slits in the shoreline narrower than that (left
    /// by the buffer where a bay was closed) cannot trap it.
    func addMovedToWater(_ coordinate: GeographicCoordinate, label: String) throws -> (index: Int, moved: Length) {
        if let index = try addFreePoint(coordinate) { return (index, .zero) }
        let point = try projection.transform(coordinate.position)
        if grownShore == nil {
            grownShore = try Geometry.multiPolygon(MultiPolygon(
                widened.buffer(Self.cornerOffset * 2, quadrantSegments: 2).polygonMembers.map { Polygon(exterior: $0.exterior) }
            )).unaryUnion().boundary()
        }
        guard let grownShore else { throw RoutingError.noSeaPath(from: label, to: "the sea", reason: "no shore found") }
        let (shore, _) = try grownShore.nearestPoints(with: .point(Point(point)))
        guard try !land.covers(shore) else {
            throw RoutingError.noSeaPath(from: label, to: "the sea", reason: "no water found next to the nearest shore")
        }
        let moved = GeographicCoordinate(try projection.transform(shore, inverse: true))
        vertices.append(Vertex(point: shore, coordinate: moved, previous: nil, next: nil))
        return (vertices.count - 1, Geodesic.wgs84.geodesicDistance(from: coordinate, to: moved))
    }

    /// Whether the straight (projected) segment between two vertices avoids the widened land.
    func isClear(_ a: Int, _ b: Int) throws -> Bool {
        try !land.intersects(.lineString(LineString([vertices[a].point, vertices[b].point])))
    }

    /// Whether the line from vertex `a` to vertex `b` can be part of a shortest path: at each land corner
    /// it touches, both ring neighbours lie on one side of the line (it grazes the corner, not cuts it).
    func isTangent(_ a: Int, _ b: Int) -> Bool {
        grazes(at: a, toward: vertices[b].point) && grazes(at: b, toward: vertices[a].point)
    }

    private func grazes(at index: Int, toward other: Position) -> Bool {
        let vertex = vertices[index]
        guard let previous = vertex.previous, let next = vertex.next else { return true }
        let direction = other - vertex.point
        return cross(direction, previous - vertex.point) * cross(direction, next - vertex.point) >= 0
    }

    /// The segment between two vertices, densified in the projection every `spacing` metres and returned
    /// as longitude/latitude, so the drawn line follows the segment that was tested against land.
    func path(from a: Int, to b: Int, spacing: Double = 2_000) throws -> [GeographicCoordinate] {
        let start = vertices[a].point, end = vertices[b].point
        let steps = max(1, Int((length(end - start) / spacing).rounded(.up)))
        var inner: [Position] = []
        for step in 1..<steps {
            let t = Double(step) / Double(steps)
            inner.append(start + (end - start) * t)
        }
        let middle = try projection.transform(inner, inverse: true).map(GeographicCoordinate.init)
        return [vertices[a].coordinate] + middle + [vertices[b].coordinate]
    }
}

// Plane vector helpers for projected positions (metres).
private func - (a: Position, b: Position) -> Position { Position(x: a.x - b.x, y: a.y - b.y) }
private func + (a: Position, b: Position) -> Position { Position(x: a.x + b.x, y: a.y + b.y) }
private func * (a: Position, k: Double) -> Position { Position(x: a.x * k, y: a.y * k) }
private func cross(_ a: Position, _ b: Position) -> Double { a.x * b.y - a.y * b.x }
private func length(_ a: Position) -> Double { (a.x * a.x + a.y * a.y).squareRoot() }
private func unit(_ a: Position) -> Position {
    let l = length(a)
    return l > 0 ? a * (1 / l) : Position(x: 0, y: 0)
}
/// The unit normal of an edge pointing away from the land (to the right when land is on the left).
private func outwardNormal(_ edge: Position, _ landOnLeft: Bool) -> Position {
    unit(landOnLeft ? Position(x: edge.y, y: -edge.x) : Position(x: -edge.y, y: edge.x))
}
