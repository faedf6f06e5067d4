/// Errors from geometry operations and conversions.
public enum GeometryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// GEOS refused the input or failed; the message is GEOS's own.
    case geos(operation: String, message: String)
    /// The geometry cannot be represented (e.g. a ring with fewer than four positions).
    case invalidStructure(String)
    /// Text or bytes could not be parsed as the named format.
    case parse(format: String, message: String)

    public var description: String {
        switch self {
        case .geos(let operation, let message): "GEOS \(operation) failed: \(message)"
        case .invalidStructure(let message): "invalid geometry: \(message)"
        case .parse(let format, let message): "cannot read \(format): \(message)"
        }
    }
}
