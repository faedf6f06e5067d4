/// Which words a claim was read from: the evidence of the reading, as data. A fact-checker sees why a sentence was
/// read that way ("290 km" the figure, "Tikhoretsk" the subject found before the figure, "perbatasan Ukraina" the
/// reference) and can find each part in the article: spans are Unicode scalar offsets into the article's text.
public struct ClaimReading: Sendable, Hashable {
    /// One part of the reading: where it stands and its words.
    public struct Part: Sendable, Hashable {
        public let span: TextSpan
        public let text: String
    }

    /// The sentence the claim was read from.
    public let sentence: TextSpan
    /// The figure with its unit(s) (distances only).
    public let figure: Part?
    /// The place being located (a distance's subject, a placement's place, an event's location).
    public let subject: Part?
    /// How the subject was found (distances only).
    public let subjectRule: SubjectRule?
    /// What it is measured to or placed in: the reference place, the country named for a border, the capital
    /// phrase, a placement's country. Nil when the text left it to the context ("the border" of the subject's
    /// neighbour) or there is none.
    public let reference: Part?
}

extension Claim {
    /// The words this claim was read from (see ``ClaimReading``).
    public var reading: ClaimReading {
        func part(_ mention: PlaceMention?) -> ClaimReading.Part? {
            mention.map { ClaimReading.Part(span: $0.span, text: $0.text) }
        }
        switch payload {
        case .distance(let distance):
            let referenceMention: PlaceMention? =
                switch distance.reference {
                case .place(let mention): mention
                case .border(_, let mention), .interior(_, let mention): mention
                case .frontLine, .unknown: nil
                }
            return ClaimReading(
                sentence: sentenceSpan, figure: sentencePart(distance.figureSpan),
                subject: part(distance.subject), subjectRule: distance.subjectRule,
                reference: part(referenceMention))
        case .placement(let placement):
            return ClaimReading(
                sentence: sentenceSpan, figure: nil, subject: part(placement.subject), subjectRule: nil,
                reference: part(placement.countryMention))
        case .event(let event):
            return ClaimReading(
                sentence: sentenceSpan, figure: nil, subject: part(event.location), subjectRule: nil,
                reference: nil)
        case .route:
            return ClaimReading(sentence: sentenceSpan, figure: nil, subject: nil, subjectRule: nil, reference: nil)
        }
    }

    /// A span inside the claim's sentence with its words (cut from ``sentenceText``; nil when the span lies outside
    /// the sentence or past its excerpt).
    func sentencePart(_ span: TextSpan) -> ClaimReading.Part? {
        let scalars = Array(sentenceText.unicodeScalars)
        let start = span.start - sentenceSpan.start, end = span.end - sentenceSpan.start
        guard start >= 0, start < end, end <= scalars.count, sentenceSpan.contains(span) else { return nil }
        var words = String.UnicodeScalarView()
        words.append(contentsOf: scalars[start..<end])
        return ClaimReading.Part(span: span, text: String(words))
    }
}
