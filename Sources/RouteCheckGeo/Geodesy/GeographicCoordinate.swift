import Foundation

/// A position on the ellipsoid given as geodetic latitude and longitude in degrees.
///
/// The labels make the order explicit: `GeographicCoordinate(latitude: 45.2, longitude: 40.1)`.
/// GeoJSON and ``Position`` use the opposite order, `[longitude, latitude]`; convert with
/// ``init(_:)`` and ``position``.
public struct GeographicCoordinate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Geodetic latitude in degrees, positive north, in [-90, 90].
    public var latitude: Double
    /// Longitude in degrees, positive east. Any finite value is accepted; ``normalized`` maps it to [-180, 180).
    public var longitude: Double

    /// Creates a coordinate without checking it. Use ``init(validatingLatitude:longitude:)`` for input.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Creates a coordinate after checking that both values are finite, the latitude is in [-90, 90] and the
    /// longitude in [-180, 180] (input beyond one turn is almost always a typing or order mistake).
    /// - Throws: ``CoordinateError`` naming the offending value.
    public init(validatingLatitude latitude: Double, longitude: Double) throws(CoordinateError) {
        guard latitude.isFinite else { throw .notFinite(name: "latitude", value: latitude) }
        guard longitude.isFinite else { throw .notFinite(name: "longitude", value: longitude) }
        guard (-90.0...90.0).contains(latitude) else { throw .latitudeOutOfRange(latitude) }
        guard (-180.0...180.0).contains(longitude) else { throw .longitudeOutOfRange(longitude) }
        self.init(latitude: latitude, longitude: longitude)
    }

    /// Converts a GeoJSON-ordered position (`x` = longitude, `y` = latitude).
    public init(_ position: Position) {
        self.init(latitude: position.y, longitude: position.x)
    }

    /// The same point as a GeoJSON-ordered position (`x` = longitude, `y` = latitude).
    public var position: Position { Position(x: longitude, y: latitude) }

    /// The coordinate with its longitude wrapped into [-180, 180).
    public var normalized: GeographicCoordinate {
        GeographicCoordinate(latitude: latitude, longitude: wrapLongitude(longitude))
    }

    /// Parses `"lat,lon"` (decimal degrees, comma separated, optional spaces), e.g. `"45.8,40.1"`.
    /// - Throws: ``CoordinateError/malformed(_:)`` when the text is not two numbers, or a range error.
    public init(parsing text: String) throws(CoordinateError) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let lat = Double(parts[0]), let lon = Double(parts[1]) else {
            throw .malformed(text)
        }
        try self.init(validatingLatitude: lat, longitude: lon)
    }

    public var description: String { "\(latitude),\(longitude)" }
}

/// Why a coordinate was refused.
public enum CoordinateError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(String)
    case notFinite(name: String, value: Double)
    case latitudeOutOfRange(Double)
    case longitudeOutOfRange(Double)

    public var description: String {
        switch self {
        case .malformed(let text):
            "'\(text)' is not a coordinate: expected 'lat,lon' in decimal degrees, e.g. '45.85,40.13'"
        case .notFinite(let name, let value):
            "\(name) \(value) is not a finite number"
        case .latitudeOutOfRange(let value):
            "latitude \(value) is outside [-90, 90]"
        case .longitudeOutOfRange(let value):
            "longitude \(value) is outside [-180, 180]"
        }
    }
}

/// Wraps a longitude in degrees into [-180, 180).
@inlinable
public func wrapLongitude(_ longitude: Double) -> Double {
    var wrapped = (longitude + 180).truncatingRemainder(dividingBy: 360)
    if wrapped < 0 { wrapped += 360 }
    return wrapped - 180
}
