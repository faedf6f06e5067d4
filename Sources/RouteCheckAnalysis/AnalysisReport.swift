import RouteCheckArticles
import RouteCheckGeo

/// The analysis of one article: what was read, each claim's check, the measured route legs.
public struct ArticleReport: Sendable {
    public let extraction: ArticleExtraction
    public let checks: [ClaimCheck]
    public let legs: [RouteLegResult]

    public var id: String { extraction.input.id }

    /// Sum of the legs' lengths: routed where a network route was found, else the geodesic.
    public var routeTotal: Length { legs.reduce(.zero) { $0 + $1.length } }
    /// Sum of the legs' geodesic lengths (the floor of any route).
    public var geodesicTotal: Length { legs.reduce(.zero) { $0 + $1.distance } }

    public func count(_ verdict: Verdict) -> Int { checks.filter { $0.verdict == verdict }.count }
}

/// Two articles of a run placing the same event far apart.
public struct Inconsistency: Sendable {
    public struct Placement: Sendable {
        public let article: String
        public let place: String
        public let entryID: String
        public let coordinate: GeographicCoordinate
        public let sentence: String
    }
    public let event: String
    public let placements: [Placement]
    /// The largest distance between two of the placements.
    public let spread: Length
    /// Where the articles place the event and how far apart, in English.
    public var reason: String { reason(in: .en) }

    /// Where the articles place the event and how far apart, in `language`.
    public func reason(in language: ReportLanguage) -> String {
        let places = Dictionary(grouping: placements, by: \.place)
            .map { "\($0.key) (\($0.value.map(\.article).joined(separator: ", ")))" }.sorted()
        let spread = ReportNumbers.kilometres(spread, language)
        switch language {
        case .en: return "the \(event) is placed in \(places.joined(separator: " and ")): \(spread) apart"
        case .id: return "\(event) ditempatkan di \(places.joined(separator: " dan ")): berjarak \(spread)"
        }
    }
}

/// Everything `routecheck analyze` found in a run.
public struct AnalysisReport: Sendable {
    public let articles: [ArticleReport]
    public let inconsistencies: [Inconsistency]
    /// Inputs that could not be read, with the reason (the run goes on without them).
    public let failures: [String]

    public init(articles: [ArticleReport], inconsistencies: [Inconsistency], failures: [String]) {
        self.articles = articles
        self.inconsistencies = inconsistencies
        self.failures = failures
    }
}
