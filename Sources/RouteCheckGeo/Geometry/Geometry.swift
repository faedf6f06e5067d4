/// A point.
public struct Point: Sendable, Hashable {
    public var position: Position
    public init(_ position: Position) { self.position = position }
    public init(x: Double, y: Double) { position = Position(x: x, y: y) }
}

/// A sequence of two or more positions joined by straight segments (in the coordinate space
/// of the data; for longitude/latitude that is RFC 7946's interpretation).
public struct LineString: Sendable, Hashable {
    public var positions: [Position]
    public init(_ positions: [Position]) { self.positions = positions }
}

/// A polygon: an exterior ring and zero or more holes. Each ring is closed (first == last).
public struct Polygon: Sendable, Hashable {
    public var exterior: [Position]
    public var holes: [[Position]]
    public init(exterior: [Position], holes: [[Position]] = []) {
        self.exterior = exterior
        self.holes = holes
    }
    /// Exterior first, then the holes.
    public var rings: [[Position]] { [exterior] + holes }
}

public struct MultiPoint: Sendable, Hashable {
    public var positions: [Position]
    public init(_ positions: [Position]) { self.positions = positions }
}

public struct MultiLineString: Sendable, Hashable {
    public var lineStrings: [LineString]
    public init(_ lineStrings: [LineString]) { self.lineStrings = lineStrings }
}

public struct MultiPolygon: Sendable, Hashable {
    public var polygons: [Polygon]
    public init(_ polygons: [Polygon]) { self.polygons = polygons }
}

public struct GeometryCollection: Sendable, Hashable {
    public var geometries: [Geometry]
    public init(_ geometries: [Geometry]) { self.geometries = geometries }
}

/// Any of the seven GeoJSON / Simple Features geometry types, as a Swift value.
///
/// Values are plain Swift data: copying is cheap, they are `Sendable`, and no GEOS or PROJ
/// handle is ever exposed. Operations that need GEOS convert on the fly (see `Geometry+GEOS`).
public indirect enum Geometry: Sendable, Hashable {
    case point(Point)
    case lineString(LineString)
    case polygon(Polygon)
    case multiPoint(MultiPoint)
    case multiLineString(MultiLineString)
    case multiPolygon(MultiPolygon)
    case geometryCollection(GeometryCollection)

    /// The GeoJSON type name ("Point", "LineString", ...).
    public var typeName: String {
        switch self {
        case .point: "Point"
        case .lineString: "LineString"
        case .polygon: "Polygon"
        case .multiPoint: "MultiPoint"
        case .multiLineString: "MultiLineString"
        case .multiPolygon: "MultiPolygon"
        case .geometryCollection: "GeometryCollection"
        }
    }

    /// Every position of the geometry, in storage order (rings keep their closing position).
    public var allPositions: [Position] {
        var result: [Position] = []
        forEachPosition { result.append($0) }
        return result
    }

    /// Calls `body` for every position in storage order.
    public func forEachPosition(_ body: (Position) -> Void) {
        switch self {
        case .point(let p): body(p.position)
        case .lineString(let l): l.positions.forEach(body)
        case .polygon(let p): p.rings.forEach { $0.forEach(body) }
        case .multiPoint(let m): m.positions.forEach(body)
        case .multiLineString(let m): m.lineStrings.forEach { $0.positions.forEach(body) }
        case .multiPolygon(let m): m.polygons.forEach { $0.rings.forEach { $0.forEach(body) } }
        case .geometryCollection(let c): c.geometries.forEach { $0.forEachPosition(body) }
        }
    }

    /// The same geometry with every position replaced by `transform(position)`.
    public func mapPositions(_ transform: (Position) throws -> Position) rethrows -> Geometry {
        func ring(_ positions: [Position]) throws -> [Position] { try positions.map(transform) }
        func polygon(_ p: Polygon) throws -> Polygon {
            Polygon(exterior: try ring(p.exterior), holes: try p.holes.map(ring))
        }
        switch self {
        case .point(let p): return .point(Point(try transform(p.position)))
        case .lineString(let l): return .lineString(LineString(try ring(l.positions)))
        case .polygon(let p): return .polygon(try polygon(p))
        case .multiPoint(let m): return .multiPoint(MultiPoint(try ring(m.positions)))
        case .multiLineString(let m):
            return .multiLineString(MultiLineString(try m.lineStrings.map { LineString(try ring($0.positions)) }))
        case .multiPolygon(let m): return .multiPolygon(MultiPolygon(try m.polygons.map(polygon)))
        case .geometryCollection(let c):
            return .geometryCollection(GeometryCollection(try c.geometries.map { try $0.mapPositions(transform) }))
        }
    }

    /// The straight segments of the geometry's lines and ring boundaries, as pairs of positions.
    /// A point contributes a degenerate segment from itself to itself.
    public var segments: [(Position, Position)] {
        var result: [(Position, Position)] = []
        func add(_ positions: [Position]) {
            if positions.count == 1 { result.append((positions[0], positions[0])) }
            for index in positions.indices.dropLast() { result.append((positions[index], positions[index + 1])) }
        }
        switch self {
        case .point(let p): add([p.position])
        case .lineString(let l): add(l.positions)
        case .polygon(let p): p.rings.forEach(add)
        case .multiPoint(let m): m.positions.forEach { add([$0]) }
        case .multiLineString(let m): m.lineStrings.forEach { add($0.positions) }
        case .multiPolygon(let m): m.polygons.forEach { $0.rings.forEach(add) }
        case .geometryCollection(let c): c.geometries.forEach { result += $0.segments }
        }
        return result
    }

    /// The polygons of the geometry: itself, its members, or those of a collection (empty for points and lines).
    public var polygonMembers: [Polygon] {
        switch self {
        case .polygon(let p): [p]
        case .multiPolygon(let m): m.polygons
        case .geometryCollection(let c): c.geometries.flatMap(\.polygonMembers)
        default: []
        }
    }

    /// Whether the geometry has any area (a polygon, or a collection containing one).
    public var isPolygonal: Bool {
        switch self {
        case .polygon, .multiPolygon: true
        case .geometryCollection(let c): c.geometries.contains { $0.isPolygonal }
        default: false
        }
    }

    /// The bounding box `[minX, minY, maxX, maxY]`, or nil for a geometry without positions.
    public var boundingBox: BoundingBox? {
        var box: BoundingBox?
        forEachPosition { p in
            if var b = box {
                b.extend(p)
                box = b
            } else {
                box = BoundingBox(p)
            }
        }
        return box
    }
}

/// An axis-aligned bounding box in the coordinate space of the data.
public struct BoundingBox: Sendable, Hashable {
    public var minX: Double, minY: Double, maxX: Double, maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    public init(_ position: Position) {
        self.init(minX: position.x, minY: position.y, maxX: position.x, maxY: position.y)
    }

    public mutating func extend(_ p: Position) {
        minX = Swift.min(minX, p.x)
        minY = Swift.min(minY, p.y)
        maxX = Swift.max(maxX, p.x)
        maxY = Swift.max(maxY, p.y)
    }

    public mutating func extend(_ other: BoundingBox) {
        extend(Position(x: other.minX, y: other.minY))
        extend(Position(x: other.maxX, y: other.maxY))
    }

    /// `[minX, minY, maxX, maxY]`, the GeoJSON `bbox` member order.
    public var values: [Double] { [minX, minY, maxX, maxY] }
}
