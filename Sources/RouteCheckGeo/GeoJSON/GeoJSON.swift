/// A GeoJSON Feature (RFC 7946 §3.2).
public struct Feature: Sendable, Hashable {
    /// A feature identifier: a string or a number (RFC 7946 §3.2).
    public enum Identifier: Sendable, Hashable {
        case string(String)
        case number(Double)
    }

    public var id: Identifier?
    /// The geometry, or nil for an unlocated feature (`"geometry": null`).
    public var geometry: Geometry?
    /// The `properties` member: any JSON object, or nil for `null`.
    public var properties: [String: JSONValue]?
    public var bbox: BoundingBox?

    public init(
        geometry: Geometry?, properties: [String: JSONValue]? = [:], id: Identifier? = nil,
        bbox: BoundingBox? = nil
    ) {
        self.geometry = geometry
        self.properties = properties
        self.id = id
        self.bbox = bbox
    }
}

/// A GeoJSON FeatureCollection (RFC 7946 §3.3).
public struct FeatureCollection: Sendable, Hashable {
    public var features: [Feature]
    public var bbox: BoundingBox?
    /// Foreign members written at the top level (RFC 7946 §6.1), e.g. a report summary.
    public var foreignMembers: [String: JSONValue]

    public init(features: [Feature], bbox: BoundingBox? = nil, foreignMembers: [String: JSONValue] = [:]) {
        self.features = features
        self.bbox = bbox
        self.foreignMembers = foreignMembers
    }
}

/// Any GeoJSON document: a bare geometry, a feature or a feature collection.
public enum GeoJSON: Sendable, Hashable {
    case geometry(Geometry)
    case feature(Feature)
    case featureCollection(FeatureCollection)

    /// Every geometry in the document (features without geometry are skipped).
    public var geometries: [Geometry] {
        switch self {
        case .geometry(let geometry): [geometry]
        case .feature(let feature): feature.geometry.map { [$0] } ?? []
        case .featureCollection(let collection): collection.features.compactMap(\.geometry)
        }
    }
}
