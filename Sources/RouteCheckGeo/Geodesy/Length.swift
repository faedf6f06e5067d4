/// A length, stored in metres.
///
/// RouteCheck computes in metres internally and converts only at the edges.
/// The statute mile is the international mile of 1,609.344 m and the nautical
/// mile the international nautical mile of 1,852 m (both exact by definition).
public struct Length: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The length in metres.
    public var meters: Double

    /// Creates a length from metres.
    public init(meters: Double) { self.meters = meters }

    /// Creates a length from a value in `unit`.
    public init(_ value: Double, _ unit: LengthUnit) { self.meters = value * unit.metersPerUnit }

    public static let zero = Length(meters: 0)

    public static func kilometers(_ value: Double) -> Length { Length(value, .kilometers) }
    public static func statuteMiles(_ value: Double) -> Length { Length(value, .statuteMiles) }
    public static func nauticalMiles(_ value: Double) -> Length { Length(value, .nauticalMiles) }

    /// The length expressed in `unit`.
    public func value(in unit: LengthUnit) -> Double { meters / unit.metersPerUnit }

    public var kilometers: Double { value(in: .kilometers) }
    public var statuteMiles: Double { value(in: .statuteMiles) }
    public var nauticalMiles: Double { value(in: .nauticalMiles) }

    public static func < (lhs: Length, rhs: Length) -> Bool { lhs.meters < rhs.meters }
    public static func + (lhs: Length, rhs: Length) -> Length { Length(meters: lhs.meters + rhs.meters) }
    public static func - (lhs: Length, rhs: Length) -> Length { Length(meters: lhs.meters - rhs.meters) }
    public static func * (lhs: Length, rhs: Double) -> Length { Length(meters: lhs.meters * rhs) }

    public var description: String { "\(meters) m" }
}

/// Units in which lengths are read and written at RouteCheck's edges.
public enum LengthUnit: String, Sendable, CaseIterable, Codable {
    case meters = "m"
    case kilometers = "km"
    /// The international statute mile, 1,609.344 m.
    case statuteMiles = "mi"
    /// The international nautical mile, 1,852 m.
    case nauticalMiles = "nmi"

    /// Metres in one of this unit (exact).
    public var metersPerUnit: Double {
        switch self {
        case .meters: 1
        case .kilometers: 1000
        case .statuteMiles: 1609.344
        case .nauticalMiles: 1852
        }
    }

    /// The unit's symbol as printed in reports ("m", "km", "mi", "nmi").
    public var symbol: String { rawValue }
}
