import Foundation

/// Reading GeoJSON text into ``GeoJSON`` values. Altitudes are dropped; unknown members are ignored.
public enum GeoJSONReader {
    /// Parses a GeoJSON document.
    /// - Throws: ``GeometryError/parse(format:message:)`` saying what is wrong and where.
    public static func read(_ data: Data) throws(GeometryError) -> GeoJSON {
        let json: JSONValue
        do {
            json = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw .parse(format: "GeoJSON", message: "not valid JSON (\(error))")
        }
        return try document(json, path: "$")
    }

    static func document(_ json: JSONValue, path: String) throws(GeometryError) -> GeoJSON {
        guard let type = json["type"]?.stringValue else { throw failure(path, "has no string member \"type\"") }
        switch type {
        case "Feature": return .feature(try feature(json, path: path))
        case "FeatureCollection":
            guard case .array(let items)? = json["features"] else {
                throw failure(path, "FeatureCollection has no \"features\" array")
            }
            var features: [Feature] = []
            for (index, item) in items.enumerated() {
                features.append(try feature(item, path: "\(path).features[\(index)]"))
            }
            return .featureCollection(FeatureCollection(features: features, bbox: try bbox(json, path: path)))
        default: return .geometry(try geometry(json, path: path))
        }
    }

    static func feature(_ json: JSONValue, path: String) throws(GeometryError) -> Feature {
        guard json["type"]?.stringValue == "Feature" else { throw failure(path, "is not a Feature") }
        var result = Feature(geometry: nil, properties: nil)
        switch json["geometry"] {
        case nil, .null?: break
        case let value?: result.geometry = try geometry(value, path: "\(path).geometry")
        }
        switch json["properties"] {
        case .object(let properties)?: result.properties = properties
        case nil, .null?: break
        default: throw failure(path, "\"properties\" must be an object or null")
        }
        switch json["id"] {
        case .string(let id)?: result.id = .string(id)
        case .number(let id)?: result.id = .number(id)
        case nil: break
        default: throw failure(path, "\"id\" must be a string or a number")
        }
        result.bbox = try bbox(json, path: path)
        return result
    }

    static func geometry(_ json: JSONValue, path: String) throws(GeometryError) -> Geometry {
        guard let type = json["type"]?.stringValue else { throw failure(path, "geometry has no \"type\"") }
        if type == "GeometryCollection" {
            guard case .array(let items)? = json["geometries"] else {
                throw failure(path, "GeometryCollection has no \"geometries\" array")
            }
            var members: [Geometry] = []
            for (index, item) in items.enumerated() {
                members.append(try geometry(item, path: "\(path).geometries[\(index)]"))
            }
            return .geometryCollection(GeometryCollection(members))
        }
        guard let coordinates = json["coordinates"] else { throw failure(path, "\(type) has no \"coordinates\"") }
        let at = "\(path).coordinates"
        switch type {
        case "Point": return .point(Point(try position(coordinates, path: at)))
        case "MultiPoint": return .multiPoint(MultiPoint(try positions(coordinates, path: at)))
        case "LineString": return .lineString(LineString(try positions(coordinates, path: at)))
        case "MultiLineString":
            return .multiLineString(
                MultiLineString(
                    try list(coordinates, path: at) { value, p throws(GeometryError) in
                        LineString(try positions(value, path: p))
                    }))
        case "Polygon": return .polygon(try polygon(coordinates, path: at))
        case "MultiPolygon":
            return .multiPolygon(
                MultiPolygon(
                    try list(coordinates, path: at) { value, p throws(GeometryError) in
                        try polygon(value, path: p)
                    }))
        default: throw failure(path, "unknown geometry type \"\(type)\"")
        }
    }

    private static func polygon(_ json: JSONValue, path: String) throws(GeometryError) -> Polygon {
        let rings = try list(json, path: path) { value, p throws(GeometryError) in try positions(value, path: p) }
        guard let exterior = rings.first else { return Polygon(exterior: []) }
        return Polygon(exterior: exterior, holes: Array(rings.dropFirst()))
    }

    private static func positions(_ json: JSONValue, path: String) throws(GeometryError) -> [Position] {
        try list(json, path: path) { value, p throws(GeometryError) in try position(value, path: p) }
    }

    private static func position(_ json: JSONValue, path: String) throws(GeometryError) -> Position {
        guard case .array(let values) = json, values.count >= 2,
            let x = values[0].numberValue, let y = values[1].numberValue
        else {
            throw failure(path, "a position must be an array of at least two numbers")
        }
        guard x.isFinite, y.isFinite else { throw failure(path, "position is not finite") }
        guard (-90.0...90.0).contains(y) else { throw failure(path, "latitude \(y) is outside [-90, 90]") }
        // RFC 7946 asks for [-180, 180]; one extra turn is allowed for lines unrolled across the antimeridian.
        guard (-540.0...540.0).contains(x) else { throw failure(path, "longitude \(x) is outside [-540, 540]") }
        return Position(x: x, y: y)
    }

    private static func list<T>(
        _ json: JSONValue, path: String, _ element: (JSONValue, String) throws(GeometryError) -> T
    ) throws(GeometryError) -> [T] {
        guard case .array(let items) = json else { throw failure(path, "expected an array") }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() { result.append(try element(item, "\(path)[\(index)]")) }
        return result
    }

    private static func bbox(_ json: JSONValue, path: String) throws(GeometryError) -> BoundingBox? {
        guard let value = json["bbox"] else { return nil }
        guard case .array(let items) = value, items.count == 4,
            let minX = items[0].numberValue, let minY = items[1].numberValue,
            let maxX = items[2].numberValue, let maxY = items[3].numberValue
        else {
            throw failure(path, "\"bbox\" must be four numbers (2-D)")
        }
        return BoundingBox(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }

    private static func failure(_ path: String, _ message: String) -> GeometryError {
        .parse(format: "GeoJSON", message: "\(path): \(message)")
    }
}
