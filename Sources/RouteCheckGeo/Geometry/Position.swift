/// A 2-D position in GeoJSON axis order: `x` is longitude (or easting), `y` is latitude (or northing).
///
/// For geographic data the unit is degrees on WGS 84 (RFC 7946 §4); for projected data it is the
/// projection's unit, usually metres. Altitudes are not kept.
public struct Position: Sendable, Hashable, Codable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// A geographic position, labelled so the order cannot be mistaken.
    public init(longitude: Double, latitude: Double) {
        self.init(x: longitude, y: latitude)
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        x = try container.decode(Double.self)
        y = try container.decode(Double.self)
        // An altitude, if present, is read and dropped.
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(x)
        try container.encode(y)
    }
}
