import Foundation
import RouteCheckGeo

/// One search's view of a ``CoastRegion``: its corners plus the free points a search adds (the leg's ends,
/// sea-lane nodes), in the region's azimuthal equidistant projection (metres).
///
/// The coast is shared and immutable; a `WaterRegion` is made per search and holds what the search adds.
final class WaterRegion {
    struct Vertex {
        /// Projected position, metres.
        var point: Position
        var coordinate: GeographicCoordinate
        /// The land corner's neighbours along its ring, for the tangency test; nil for free points (ends, lane nodes).
        var previous: Position?
        var next: Position?
    }

    let coast: CoastRegion
    let box: BoundingBox
    let projection: CoordinateTransformer
    private(set) var vertices: [Vertex]
    /// The vertices' projected positions and ring neighbours as flat arrays, for the search's inner loop.
    private var flat = FlatVertices()

    var center: GeographicCoordinate { coast.center }
    var radius: Length { coast.radius }

    /// A search's region on `coast`. - Throws: ``ProjectionError`` when PROJ cannot make the projection.
    init(coast: CoastRegion) throws {
        self.coast = coast
        box = Self.box(around: coast.center, radius: coast.radius)
        projection = try CoordinateTransformer.azimuthalEquidistant(centeredAt: coast.center)
        vertices = coast.corners.map {
            Vertex(point: $0.point, coordinate: $0.coordinate, previous: $0.previous, next: $0.next)
        }
        flat.append(contentsOf: vertices[...])
    }

    /// A longitude/latitude box holding every point within `radius` of `center` (latitude clamped to ±89.9°).
    static func box(around center: GeographicCoordinate, radius: Length) -> BoundingBox {
        let degreesLatitude = radius.meters / 110_574
        let south = max(center.latitude - degreesLatitude, -89.9), north = min(center.latitude + degreesLatitude, 89.9)
        let widest = max(abs(south), abs(north))
        let metresPerDegree = 111_320 * cos(widest * .pi / 180)
        let degreesLongitude = metresPerDegree > 0 ? min(radius.meters / metresPerDegree, 180) : 180
        return BoundingBox(
            minX: center.longitude - degreesLongitude, minY: south,
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

    /// Adds a free point (an end of the leg, a lane node) and returns its index, or nil when it is on land.
    func addFreePoint(_ coordinate: GeographicCoordinate) throws -> Int? {
        let point = try projection.transform(coordinate.position)
        guard !coast.isLand(point) else { return nil }
        return add(Vertex(point: point, coordinate: coordinate, previous: nil, next: nil))
    }

    /// Moves `coordinate` to the nearest water outside the widened land (a port or coastal town is often
    /// mapped on land) and adds it as a free point. Returns its index and the distance moved (zero when it
    /// was already on water). The nearest shore may be the region's edge for a place far inland: callers
    /// compare the distance with a limit well inside the region's radius.
    ///
    /// The water point is the nearest point of the coast's water line (``CoastRegion/shoreRings``), which
    /// keeps twice the corner offset from the land.
    /// - Throws: ``RoutingError/noSeaPath(from:to:reason:)`` naming `label` when the region has no water line
    ///   or the nearest one is on land.
    func addMovedToWater(_ coordinate: GeographicCoordinate, label: String) throws -> (index: Int, moved: Length) {
        if let index = try addFreePoint(coordinate) { return (index, .zero) }
        let point = try projection.transform(coordinate.position)
        guard let shore = coast.nearestWaterLinePoint(to: point) else {
            throw RoutingError.noSeaPath(from: label, to: "the sea", reason: "no shore found")
        }
        guard !coast.isLand(shore) else {
            throw RoutingError.noSeaPath(from: label, to: "the sea", reason: "no water found next to the nearest shore")
        }
        let moved = GeographicCoordinate(try projection.transform(shore, inverse: true))
        return (
            add(Vertex(point: shore, coordinate: moved, previous: nil, next: nil)),
            Geodesic.wgs84.geodesicDistance(from: coordinate, to: moved)
        )
    }

    private func add(_ vertex: Vertex) -> Int {
        vertices.append(vertex)
        flat.append(contentsOf: vertices[(vertices.count - 1)...])
        return vertices.count - 1
    }

    /// Whether the straight (projected) segment between two vertices avoids the widened land.
    func isClear(_ a: Int, _ b: Int) -> Bool {
        !coast.land.touches(vertices[a].point, vertices[b].point)
    }

    /// Whether the line from vertex `a` to vertex `b` can be part of a shortest path: at each land corner
    /// it touches, both ring neighbours lie on one side of the line (it grazes the corner, not cuts it).
    func isTangent(_ a: Int, _ b: Int) -> Bool {
        grazes(at: a, toward: vertices[b].point) && grazes(at: b, toward: vertices[a].point)
    }

    /// Whether a path coming from `from` and bending at land corner `index` towards vertex `to` wraps around
    /// the land there (the land lies inside the bend). A shortest path bends only so: a bend away from the
    /// land could be cut short. Free points (no ring neighbours) and straight continuations are taut.
    func isTaut(from: Position, at index: Int, to other: Int) -> Bool {
        let vertex = vertices[index]
        guard let previous = vertex.previous, let next = vertex.next else { return true }
        let incoming = vertex.point - from, outgoing = vertices[other].point - vertex.point
        let turn = PlaneVector.cross(incoming, outgoing)
        if turn == 0 { return true }
        // The side of the land: where the ring neighbours lie from the outgoing line (both on one side or on
        // it, by tangency).
        let side =
            PlaneVector.cross(outgoing, previous - vertex.point) + PlaneVector.cross(outgoing, next - vertex.point)
        if side == 0 { return true }
        return (turn > 0) == (side > 0)
    }

    /// Calls `body(j, d)` for every vertex `j` (not `index`, not `skip(j)`) that a shortest path may step to
    /// from vertex `index`: the step is tangent at both ends and, when the path came in from `from`, taut at
    /// `index`. `d` is the step's straight length in the projection (metres). Not yet tested against land.
    func forEachCandidateStep(
        from index: Int, cameFrom from: Position?, skip: (Int) -> Bool, _ body: (Int, Double) -> Void
    ) {
        flat.withBuffers { x, y, previousX, previousY, nextX, nextY in
            let hx = x[index], hy = y[index]
            let isCorner = !previousX[index].isNaN
            let pax = previousX[index] - hx, pay = previousY[index] - hy, nax = nextX[index] - hx,
                nay = nextY[index] - hy
            let inX = from.map { hx - $0.x } ?? 0, inY = from.map { hy - $0.y } ?? 0
            for j in 0..<x.count where j != index && !skip(j) {
                let dx = x[j] - hx, dy = y[j] - hy
                if isCorner {
                    // Grazes the corner here: both neighbours on one side of the step.
                    let sidePrevious = dx * pay - dy * pax, sideNext = dx * nay - dy * nax
                    if sidePrevious * sideNext < 0 { continue }
                    // Taut: the land lies inside the bend.
                    if from != nil {
                        let turn = inX * dy - inY * dx, side = sidePrevious + sideNext
                        if turn != 0, side != 0, (turn > 0) != (side > 0) { continue }
                    }
                }
                if !previousX[j].isNaN {
                    // Grazes the corner there, seen from here.
                    let bx = -dx, by = -dy
                    let qpx = previousX[j] - x[j], qpy = previousY[j] - y[j], qnx = nextX[j] - x[j],
                        qny = nextY[j] - y[j]
                    if (bx * qpy - by * qpx) * (bx * qny - by * qnx) < 0 { continue }
                }
                body(j, (dx * dx + dy * dy).squareRoot())
            }
        }
    }

    private func grazes(at index: Int, toward other: Position) -> Bool {
        let vertex = vertices[index]
        guard let previous = vertex.previous, let next = vertex.next else { return true }
        let direction = other - vertex.point
        return PlaneVector.cross(direction, previous - vertex.point) * PlaneVector.cross(direction, next - vertex.point)
            >= 0
    }

    /// The segment between two vertices, densified in the projection every `spacing` metres and returned
    /// as longitude/latitude, so the drawn line follows the segment that was tested against land.
    func path(from a: Int, to b: Int, spacing: Double = 2_000) throws -> [GeographicCoordinate] {
        let start = vertices[a].point, end = vertices[b].point
        let steps = max(1, Int((PlaneVector.length(end - start) / spacing).rounded(.up)))
        var inner: [Position] = []
        for step in 1..<steps {
            let t = Double(step) / Double(steps)
            inner.append(start + (end - start) * t)
        }
        let middle = try projection.transform(inner, inverse: true).map(GeographicCoordinate.init)
        return [vertices[a].coordinate] + middle + [vertices[b].coordinate]
    }
}

/// Vertices as flat arrays (neighbours NaN for free points).
private struct FlatVertices {
    var x: [Double] = [], y: [Double] = []
    var previousX: [Double] = [], previousY: [Double] = [], nextX: [Double] = [], nextY: [Double] = []

    mutating func append(contentsOf vertices: ArraySlice<WaterRegion.Vertex>) {
        for vertex in vertices {
            x.append(vertex.point.x)
            y.append(vertex.point.y)
            previousX.append(vertex.previous?.x ?? .nan)
            previousY.append(vertex.previous?.y ?? .nan)
            nextX.append(vertex.next?.x ?? .nan)
            nextY.append(vertex.next?.y ?? .nan)
        }
    }

    func withBuffers(
        _ body: (
            UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>,
            UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>
        ) -> Void
    ) {
        x.withUnsafeBufferPointer { x in
            y.withUnsafeBufferPointer { y in
                previousX.withUnsafeBufferPointer { px in
                    previousY.withUnsafeBufferPointer { py in
                        nextX.withUnsafeBufferPointer { nx in
                            nextY.withUnsafeBufferPointer { ny in body(x, y, px, py, nx, ny) }
                        }
                    }
                }
            }
        }
    }
}
