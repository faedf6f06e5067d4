import Foundation

/// Scores extraction against hand-written gold annotations (`Tests/Gold/*.json`).
///
/// Recognition: a predicted mention is correct when its span equals a gold span exactly. Resolution
/// accuracy: among correctly recognised mentions, the share resolved to the gold entry. Claims: each
/// predicted claim (distances, route legs, placements, events) is matched to an unmatched gold claim
/// with the same type and key fields (distance: subject, reference, value within 1 m, qualifier,
/// conversion and direction when the gold has them).
package struct GoldSet: Decodable, Sendable {
    package struct Article: Decodable, Sendable {
        package let file: String
        package let places: [String: String]
        package let claims: [GoldClaim]
    }
    package let ignore_lines_starting_with: [String]
    package let ignore_after_line_starting_with: [String]
    package let articles: [Article]

    package static func load(_ path: String) throws -> GoldSet {
        try JSONDecoder().decode(GoldSet.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

package struct GoldClaim: Decodable, Sendable, Hashable {
    package let type: String
    package let subject: String?
    package let reference: String?
    package let value_m: Double?
    package let qualifier: String?
    package let conversion_m: Double?
    package let direction: String?
    package let from: String?
    package let to: String?
    package let mode: String?
    package let country: String?
    package let part: String?
    package let event: String?
    package let location: String?

    var label: String {
        switch type {
        case "distance":
            "distance \(subject ?? "-") → \(reference ?? "-") \(value_m.map { "\(Int($0)) m" } ?? "") "
                + "\(qualifier ?? "")"
        case "route_leg": "leg \(from ?? "") → \(to ?? "") (\(mode ?? ""))"
        case "placement": "placement \(subject ?? "") in \(part.map { $0 + " " } ?? "")\(country ?? "")"
        default: "\(event ?? "event") at \(location ?? "")"
        }
    }
}

/// The scores of one gold set.
package struct EvaluationResult: Sendable {
    package var goldMentions = 0, predictedMentions = 0, correctMentions = 0, correctlyResolved = 0
    package var goldClaims = 0, predictedClaims = 0, matchedClaims = 0
    package var byType: [String: (gold: Int, predicted: Int, matched: Int)] = [:]
    package var missedMentions: [String] = []
    package var spuriousMentions: [String] = []
    package var wrongResolutions: [String] = []
    package var missedClaims: [String] = []
    package var spuriousClaims: [String] = []

    package var precision: Double { predictedMentions == 0 ? 0 : Double(correctMentions) / Double(predictedMentions) }
    package var recall: Double { goldMentions == 0 ? 0 : Double(correctMentions) / Double(goldMentions) }
    package var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    package var resolutionAccuracy: Double {
        correctMentions == 0 ? 0 : Double(correctlyResolved) / Double(correctMentions)
    }
    package var claimPrecision: Double { predictedClaims == 0 ? 0 : Double(matchedClaims) / Double(predictedClaims) }
    package var claimRecall: Double { goldClaims == 0 ? 0 : Double(matchedClaims) / Double(goldClaims) }

    package func summary(_ name: String) -> String {
        func pct(_ value: Double) -> String { String(format: "%.3f", value) }
        var out =
            "\(name): places P \(pct(precision)) R \(pct(recall)) F1 \(pct(f1)) (gold \(goldMentions), predicted "
            + "\(predictedMentions)); "
        out += "resolution accuracy \(pct(resolutionAccuracy)); claims P \(pct(claimPrecision)) R \(pct(claimRecall)) "
        out += "(gold \(goldClaims), predicted \(predictedClaims))\n"
        for (type, counts) in byType.sorted(by: { $0.key < $1.key }) {
            out += "  \(type): gold \(counts.gold), predicted \(counts.predicted), matched \(counts.matched)\n"
        }
        return out
    }
}

package enum Evaluator {
    /// Scores `extractor` on `gold`, reading each article from `root`/file.
    package static func evaluate(_ gold: GoldSet, extractor: ArticleExtractor, root: URL) throws -> EvaluationResult {
        var result = EvaluationResult()
        for article in gold.articles {
            let url = root.appendingPathComponent(article.file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let extraction = try extractor.extract(
                ArticleInput(id: url.deletingPathExtension().lastPathComponent, text: text, source: article.file))
            let articleText = ArticleText(text)
            let goldMentions = mentions(article, in: articleText, ignored: ignored(gold, articleText))
            result.goldMentions += goldMentions.count
            result.predictedMentions += extraction.mentions.count
            var goldBySpan = Dictionary(goldMentions.map { ($0.span, $0.entry) }, uniquingKeysWith: { a, _ in a })
            for mention in extraction.mentions {
                if let entry = goldBySpan.removeValue(forKey: mention.span) {
                    result.correctMentions += 1
                    if mention.resolved?.id == entry {
                        result.correctlyResolved += 1
                    } else {
                        result.wrongResolutions.append(
                            "\(article.file)@\(mention.span.start) '\(mention.text)': "
                                + "\(mention.resolved?.id ?? "none") ≠ \(entry)"
                        )
                    }
                } else {
                    result.spuriousMentions.append("\(article.file)@\(mention.span.start) '\(mention.text)'")
                }
            }
            for (span, entry) in goldBySpan.sorted(by: { $0.key < $1.key }) {
                result.missedMentions.append("\(article.file)@\(span.start) '\(articleText[span])' (\(entry))")
            }
            var remaining = article.claims
            let predicted = extraction.claims.flatMap(comparable)
            result.goldClaims += article.claims.count
            result.predictedClaims += predicted.count
            for claim in article.claims { result.byType[claim.type, default: (0, 0, 0)].gold += 1 }
            for candidate in predicted {
                result.byType[candidate.type, default: (0, 0, 0)].predicted += 1
                if let index = remaining.firstIndex(where: { matches($0, candidate) }) {
                    remaining.remove(at: index)
                    result.matchedClaims += 1
                    result.byType[candidate.type, default: (0, 0, 0)].matched += 1
                } else {
                    result.spuriousClaims.append("\(article.file): \(candidate.label)")
                }
            }
            result.missedClaims += remaining.map { "\(article.file): \($0.label)" }
        }
        return result
    }

    /// Spans excluded by the gold set's own rules.
    static func ignored(_ gold: GoldSet, _ text: ArticleText) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start = 0
        let s = text.scalars
        for index in 0...s.count where index == s.count || s[index] == "\n" {
            let line = TextSpan(start: start, end: index)
            let content = text[line].trimmingCharacters(in: .whitespaces)
            if gold.ignore_after_line_starting_with.contains(where: { content.hasPrefix($0) }) {
                spans.append(TextSpan(start: start, end: s.count))
                break
            }
            if gold.ignore_lines_starting_with.contains(where: { content.hasPrefix($0) }) { spans.append(line) }
            start = index + 1
        }
        return spans
    }

    /// Every whole-word occurrence of the gold surfaces, longest first, outside ignored spans.
    static func mentions(
        _ article: GoldSet.Article, in text: ArticleText, ignored: [TextSpan]
    ) -> [(span: TextSpan, entry: String)] {
        var taken: [(span: TextSpan, entry: String)] = []
        let s = text.scalars
        func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || ("0"..."9").contains(c) }
        for (surface, entry) in article.places.sorted(by: {
            ($0.key.unicodeScalars.count, $0.key) > ($1.key.unicodeScalars.count, $1.key)
        }) {
            let needle = Array(surface.unicodeScalars)
            guard !needle.isEmpty, needle.count <= s.count else { continue }
            for start in 0...(s.count - needle.count) where Array(s[start..<(start + needle.count)]) == needle {
                let span = TextSpan(start: start, end: start + needle.count)
                if start > 0, isWordScalar(s[start - 1]) { continue }
                if span.end < s.count, isWordScalar(s[span.end]) { continue }
                if ignored.contains(where: { $0.overlaps(span) }) || taken.contains(where: { $0.span.overlaps(span) }) {
                    continue
                }
                taken.append((span, entry))
            }
        }
        return taken.sorted { $0.span < $1.span }
    }

    /// Predicted claims in gold form (a route becomes one item per leg).
    static func comparable(_ claim: Claim) -> [GoldClaim] {
        func make(
            type: String, subject: String? = nil, reference: String? = nil, value: Double? = nil,
            qualifier: String? = nil,
            conversion: Double? = nil, direction: String? = nil, from: String? = nil, to: String? = nil,
            mode: String? = nil,
            country: String? = nil, part: String? = nil, event: String? = nil, location: String? = nil
        ) -> GoldClaim {
            GoldClaim(
                type: type, subject: subject, reference: reference, value_m: value, qualifier: qualifier,
                conversion_m: conversion,
                direction: direction, from: from, to: to, mode: mode, country: country, part: part, event: event,
                location: location)
        }
        switch claim.payload {
        case .distance(let d):
            let reference: String
            switch d.reference {
            case .border(let code, _), .interior(let code, _): reference = "border:\(code)"
            case .place(let mention): reference = "place:\(mention.resolved?.id ?? mention.text)"
            case .frontLine: reference = "front_line"
            case .unknown: reference = "unknown"
            }
            return [
                make(
                    type: "distance", subject: d.subject?.resolved?.id, reference: reference, value: d.value.meters,
                    qualifier: d.qualifier.rawValue, conversion: d.conversion?.value.meters,
                    direction: d.direction?.rawValue)
            ]
        case .route(let r):
            return r.legs.map {
                make(type: "route_leg", from: $0.from.resolved?.id, to: $0.to.resolved?.id, mode: $0.mode.rawValue)
            }
        case .placement(let p):
            return [
                make(type: "placement", subject: p.subject.resolved?.id, country: p.country, part: p.part?.rawValue)
            ]
        case .event(let e):
            return [make(type: "event", event: e.event, location: e.location.resolved?.id)]
        }
    }

    static func matches(_ gold: GoldClaim, _ predicted: GoldClaim) -> Bool {
        guard gold.type == predicted.type else { return false }
        switch gold.type {
        case "distance":
            guard gold.subject == predicted.subject, gold.reference == predicted.reference,
                gold.qualifier == predicted.qualifier,
                let a = gold.value_m, let b = predicted.value_m, abs(a - b) < 1
            else { return false }
            if let conversion = gold.conversion_m, abs(conversion - (predicted.conversion_m ?? .infinity)) >= 1 {
                return false
            }
            if let direction = gold.direction, direction != predicted.direction { return false }
            return true
        case "route_leg": return gold.from == predicted.from && gold.to == predicted.to && gold.mode == predicted.mode
        case "placement":
            return gold.subject == predicted.subject && gold.country == predicted.country && gold.part == predicted.part
        default: return gold.event == predicted.event && gold.location == predicted.location
        }
    }
}
