/// Errors of the embedded gazetteer.
public enum GazetteerError: Error, Sendable, CustomStringConvertible {
    /// No database file was found where RouteCheck looks for it.
    case databaseNotFound(searched: [String])
    /// The database could not be opened or read.
    case database(path: String, message: String)
    /// No entry matches the name; the closest known names are listed.
    case unknownName(String, suggestions: [String])
    /// No country matches the code or name.
    case unknownCountry(String, suggestions: [String])
    /// A stored geometry could not be decoded.
    case corruptGeometry(table: String, fid: Int64, message: String)

    public var description: String {
        switch self {
        case .databaseNotFound(let searched):
            "the embedded database routecheck.gpkg was not found (looked in: \(searched.joined(separator: ", "))); "
                + "pass --data DIR or set ROUTECHECK_DATA to the folder that holds it"
        case .database(let path, let message): "cannot read \(path): \(message)"
        case .unknownName(let name, let suggestions):
            "unknown place '\(name)'"
                + (suggestions.isEmpty ? "" : "; closest known names: \(suggestions.joined(separator: ", "))")
        case .unknownCountry(let name, let suggestions):
            "unknown country '\(name)'"
                + (suggestions.isEmpty ? "" : "; closest known: \(suggestions.joined(separator: ", "))")
        case .corruptGeometry(let table, let fid, let message): "bad geometry in \(table) #\(fid): \(message)"
        }
    }
}
