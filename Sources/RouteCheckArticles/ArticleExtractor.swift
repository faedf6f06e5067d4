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
        let claims = ClaimExtractor(text: text, tokens: tokens, sentences: kept, mentions: mentions,
                                    capitalOf: { code in recognizer.capital(of: code, in: gazetteer) }).claims()
        return ArticleExtraction(input: input, sentences: sentences, skipped: skipped, mentions: mentions, claims: claims)
    }

    /// Lines that are links to other stories or credits, and everything after an "Editor" line.
    static func boilerplate(_ text: ArticleText) -> [TextSpan] {
        var spans: [TextSpan] = []
        var lineStart = 0
        let s = text.scalars
        var index = 0
        while index <= s.count {
            if index == s.count || s[index] == "\n" {
                let line = TextSpan(start: lineStart, end: index)
                let lower = text[line].trimmingCharacters(in: .whitespaces).lowercased()
                if StopLists.endOfArticlePrefixes.contains(where: { lower.hasPrefix($0 + " :") || lower.hasPrefix($0 + ":") }) {
                    spans.append(TextSpan(start: lineStart, end: s.count))
                    break
                }
                if StopLists.boilerplateLinePrefixes.contains(where: { lower.hasPrefix($0) }) { spans.append(line) }
                lineStart = index + 1
            }
            index += 1
        }
        return spans
    }
}
