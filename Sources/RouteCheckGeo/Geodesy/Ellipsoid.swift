/// A reference ellipsoid of revolution.
public struct Ellipsoid: Sendable, Hashable, Codable {
    /// Equatorial radius in metres.
    public let semiMajorAxis: Double
    /// Flattening f = (a − b) / a. Zero gives a sphere; negative values give a prolate ellipsoid.
    public let flattening: Double

    /// Creates an ellipsoid. - Throws: ``GeodesyError/invalidEllipsoid(semiMajorAxis:flattening:)``
    /// unless the axis is finite and positive and the flattening finite and below 1.
    public init(semiMajorAxis: Double, flattening: Double) throws(GeodesyError) {
        guard semiMajorAxis.isFinite, semiMajorAxis > 0, flattening.isFinite, flattening < 1 else {
            throw .invalidEllipsoid(semiMajorAxis: semiMajorAxis, flattening: flattening)
        }
        self.semiMajorAxis = semiMajorAxis
        self.flattening = flattening
    }

    private init(uncheckedSemiMajorAxis a: Double, flattening f: Double) {
        semiMajorAxis = a
        flattening = f
    }

    /// WGS 84 (NIMA TR8350.2): a = 6,378,137 m, 1/f = 298.257223563.
    public static let wgs84 = Ellipsoid(uncheckedSemiMajorAxis: 6_378_137, flattening: 1 / 298.257223563)
    /// GRS 80: a = 6,378,137 m, 1/f = 298.257222101.
    public static let grs80 = Ellipsoid(uncheckedSemiMajorAxis: 6_378_137, flattening: 1 / 298.257222101)
}

/// Errors of the geodesic layer.
public enum GeodesyError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidEllipsoid(semiMajorAxis: Double, flattening: Double)
    case invalidSpacing(Double)
    /// The spacing asked for would need more than ``Geodesic/maximumPointCount`` points.
    case tooManyPoints(needed: Double, limit: Int)

    public var description: String {
        switch self {
        case .invalidEllipsoid(let a, let f): "invalid ellipsoid: a = \(a) m, f = \(f)"
        case .invalidSpacing(let s): "point spacing must be a positive finite length, got \(s) m"
        case .tooManyPoints(let needed, let limit):
            "the spacing asked for needs \(needed < 1e15 ? String(Int(needed)) : "over 10^15") points; "
                + "at most \(limit) are made: choose a larger spacing"
        }
    }
}
