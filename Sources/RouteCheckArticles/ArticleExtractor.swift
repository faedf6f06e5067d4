import Foundation
import RouteCheckGazetteer

/// What RouteCheck read in one article.
public struct ArticleExtraction: Sendable {
    public let input: ArticleInput
    /// Sentence spans.
    public let sentences: [TextSpan]
    /// Spans skipped as boilerplate ("Baca Juga: …" links, credits, another story's teaser).
    public let skipped: [TextSpan]
    /// Place mentions, in text order.
    public let mentions: [PlaceMention]
    public let claims: [Claim]
}

/// Reads articles: tokens, sentences, place mentions and claims. Offline; `Sendable`, so one
/// extractor serves a whole batch (it caches gazetteer look-ups).
public final class ArticleExtractor: Sendable {
    public let recognizer: PlaceRecognizer

    public init(gazetteer: Gazetteer) {
        recognizer = PlaceRecognizer(gazetteer: gazetteer)
    }

    public func extract(_ input: ArticleInput) throws -> ArticleExtraction {
        let text = ArticleText(input.text)
        let tokens = Tokenizer.tokenize(text)
        let sentences = Tokenizer.sentences(text)
        let skipped = Self.boilerplate(text)
        let kept = sentences.filter { sentence in !skipped.contains { $0.contains(sentence) } }
        let recognizer = self.recognizer
        let mentions = try recognizer.mentions(in: text, tokens: tokens, sentences: sentences, skipped: skipped)
        let gazetteer = recognizer.gazetteer
        // A place inside a compound adjective ("Ukraine-controlled territory", "Russia-backed") is read as a
        // place, but it is neither the subject nor the reference of a claim.
        let claimMentions = mentions.filter { !Self.isInCompoundAdjective($0, text) }
        let claims = ClaimExtractor(
            text: text, tokens: tokens, sentences: kept, mentions: claimMentions,
            capitalOf: { code in recognizer.capital(of: code, in: gazetteer) },
            cityStateCapitalOf: { code in recognizer.cityStateCapital(of: code, in: gazetteer) }
        ).claims()
        return ArticleExtraction(
            input: input, sentences: sentences, skipped: skipped, mentions: mentions, claims: claims)
    }

    /// True when the mention is the first part of a hyphenated word whose next part is lower-case.
    static func isInCompoundAdjective(_ mention: PlaceMention, _ text: ArticleText) -> Bool {
        let s = text.scalars
        let end = mention.span.end
        guard end + 1 < s.count, s[end] == "-" || s[end] == "\u{2010}" else { return false }
        return s[end + 1].properties.isLowercase
    }

    /// Lines that are links to other stories or credits, and everything after an "Editor" line.
    /// How much of a line's start is compared with the boilerplate prefixes (longer than any prefix).
    static let boilerplateHeadLength = 40

    static func boilerplate(_ text: ArticleText) -> [TextSpan] {
        var spans: [TextSpan] = []
        var lineStart = 0
        let s = text.scalars
        var index = 0
        while index <= s.count {
            if index == s.count || s[index] == "\n" {
                let line = TextSpan(start: lineStart, end: index)
                // Only the line's head, after its leading blanks, is compared with the prefixes (trimming and
                // lower-casing whole paragraphs cost time).
                var headStart = lineStart
                while headStart < index, s[headStart].properties.isWhitespace { headStart += 1 }
                let head = TextSpan(start: headStart, end: min(index, headStart + Self.boilerplateHeadLength))
                let lower = Token.lowercase(text[head])
                if ReadingLexicon.combined.endOfArticlePrefixes.contains(where: {
                    lower.hasPrefix($0 + " :") || lower.hasPrefix($0 + ":")
                }) {
                    spans.append(TextSpan(start: lineStart, end: s.count))
                    break
                }
                if ReadingLexicon.combined.boilerplateLinePrefixes.contains(where: { lower.hasPrefix($0) }) {
                    spans.append(line)
                }
                lineStart = index + 1
            }
            index += 1
        }
        return spans
    }
}
