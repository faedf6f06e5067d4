import RouteCheckGazetteer

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
