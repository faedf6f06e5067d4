import RouteCheckGazetteer
import RouteCheckGeo

/// A place named in an article.
public struct PlaceMention: Sendable, Hashable {
    /// Where the name stands in the text (Unicode scalar offsets).
    public let span: TextSpan
    /// The text as written ("Korea Utara", "Moskow", "WASHINGTON").
    public let text: String
    /// The chosen gazetteer entry, or nil when the name could not be resolved with confidence.
    public let resolved: GazetteerCandidate?
    /// Other candidates, best first (includes the chosen one).
    public let candidates: [GazetteerCandidate]
    /// Confidence in the resolution, 0…1.
    public let score: Double
    /// Why it was chosen: "apposition", "dateline", "focus country", "gazetteer rank".
    public let evidence: String
    /// Index of the sentence it is in.
    public let sentence: Int
    /// The text says something is only near this place: "dekat Tikhoretsk", "near Tikhoretsk".
    public let followsNearCue: Bool
}

extension PlaceMention {
    /// Words read as a place that is resolved later from context ("the capital"): no gazetteer entry yet.
    static func placeholder(span: TextSpan, text: String) -> PlaceMention {
        PlaceMention(
            span: span, text: text, resolved: nil, candidates: [], score: 0, evidence: "context",
            sentence: 0, followsNearCue: false)
    }

    /// Coordinates written in the text, as a place ("9.43° S, 123.77° E").
    static func coordinates(_ point: InTextCoordinate, text: ArticleText) -> PlaceMention {
        let c = point.coordinate
        let name =
            "\(abs(c.latitude))° \(c.latitude < 0 ? "S" : "N"), \(abs(c.longitude))° \(c.longitude < 0 ? "W" : "E")"
        let entry = GazetteerCandidate(
            id: "coordinates:\(c.latitude),\(c.longitude)", name: name, matchedName: text[point.span],
            kind: .coordinates,
            countryCode: nil, coordinate: c, population: nil, score: 1, editDistance: 0)
        return PlaceMention(
            span: point.span, text: text[point.span], resolved: entry, candidates: [entry], score: 1,
            evidence: "coordinates in the text", sentence: 0, followsNearCue: false)
    }
}
