import RouteCheckGeo

/// A country of the embedded data: codes, names and its territory as DCW-GMT draws it.
public struct Country: Sendable, Hashable {
    /// ISO 3166-1 alpha-2, e.g. "UA".
    public let code: String
    /// ISO 3166-1 alpha-3, e.g. "UKR".
    public let alpha3: String?
    public let englishName: String
    /// The Indonesian name from Debian iso-codes, e.g. "Ukraina".
    public let indonesianName: String?
    /// The territory: a MultiPolygon in longitude/latitude degrees (WGS 84), simplified to within
    /// about 0.0015° of the 1:1,000,000 source (see Data/README.md).
    public let territory: Geometry
}
