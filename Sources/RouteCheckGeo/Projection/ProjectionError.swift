/// Errors reported by PROJ.
public enum ProjectionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// PROJ could not create a context.
    case contextUnavailable
    /// PROJ rejected the CRS or operation definition; `message` is PROJ's own.
    case invalidDefinition(String, message: String)
    /// A coordinate could not be transformed (outside the projection's domain, for example).
    case transformFailed(index: Int, message: String)

    public var description: String {
        switch self {
        case .contextUnavailable: "PROJ could not create a context"
        case .invalidDefinition(let definition, let message): "PROJ rejected '\(definition)': \(message)"
        case .transformFailed(let index, let message): "PROJ could not transform coordinate #\(index): \(message)"
        }
    }
}
