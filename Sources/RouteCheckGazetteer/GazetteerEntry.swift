import RouteCheckGeo

/// What kind of thing a gazetteer entry is.
public enum PlaceKind: String, Sendable, Codable, CaseIterable {
    case country, capital, city, town, port, sea, strait, region
    /// A first-order administrative division (state, province, oblast), at a representative point.
    case province
    /// A second-order division (regency, county, district), at its most populous town, which is usually its seat.
    case district
    /// An Indonesian sub-district (kecamatan, distrik), at a town of its name where GeoNames has one within 50 km
    /// of its regency, else at its regency's point, else at its province's. A village (desa, kelurahan) named with
    /// its type word resolves to a town of its name or to its sub-district.
    case subdistrict
    /// An airport or air base, at its own position (named after a town it may lie tens of kilometres from).
    case airport
    /// A small island, reef, shoal or cay at its own position (curated maritime features: the contested reefs and
    /// islands that border and maritime news names). Point-like: a claim is measured from or to it as from a town.
    case island
    /// A nuclear power plant, enrichment site or reactor complex at its own position (curated: the sites conflict news
    /// names after a town they may lie tens of kilometres from, "the Kursk nuclear plant", "PLTN Kursk").
    /// Point-like, with an extent of a few kilometres.
    case facility
    /// A point given as coordinates in an article's text (not a gazetteer entry).
    case coordinates
}

/// One candidate for a name, with how well it fits.
public struct GazetteerCandidate: Sendable, Hashable {
    /// Stable identifier: `country:UA`, `geonames:483029` or `feature:port:najin`.
    public let id: String
    /// The entry's own name ("Rajin" for the look-up "Najin" if the place is filed under Rajin).
    public let name: String
    /// The name form that matched the query.
    public let matchedName: String
    public let kind: PlaceKind
    /// ISO 3166-1 alpha-2 code of the country the entry is in (or is), when known.
    public let countryCode: String?
    /// Representative point: the GeoNames position, a curated point, or for a country the centre of
    /// its largest polygon (GEOS point on surface).
    public let coordinate: GeographicCoordinate
    public let population: Int?
    /// 0…1, higher is better: match quality, kind and population, and the country bias.
    public let score: Double
    /// Edit distance between the query and the matched name after normalisation (0 for an exact match).
    public let editDistance: Int

    public init(
        id: String, name: String, matchedName: String, kind: PlaceKind, countryCode: String?,
        coordinate: GeographicCoordinate, population: Int?, score: Double, editDistance: Int
    ) {
        self.id = id
        self.name = name
        self.matchedName = matchedName
        self.kind = kind
        self.countryCode = countryCode
        self.coordinate = coordinate
        self.population = population
        self.score = score
        self.editDistance = editDistance
    }
}

extension GazetteerCandidate {
    /// The one JSON form of a candidate, written by `geocode`, `extract`, `distance` and `border-distance`:
    /// `id`, `name`, `matched_name` (the indexed name that matched), `kind`, `country` (ISO alpha-2 or null), `lat`,
    /// `lon` (degrees), `population` (or null) and `score` (0–1).
    public var json: JSONValue {
        [
            "id": .string(id), "name": .string(name), "matched_name": .string(matchedName),
            "kind": .string(kind.rawValue),
            "country": countryCode.map(JSONValue.string) ?? .null,
            "lat": .finite(coordinate.latitude), "lon": .finite(coordinate.longitude),
            "population": population.map { .number(Double($0)) } ?? .null, "score": .finite(score),
        ]
    }
}
