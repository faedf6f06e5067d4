import Foundation
import RouteCheckArticles
import RouteCheckGeo

/// A report a journalist can read: per article, a table of claims with verdicts and figures, the
/// route legs, the places read; then what disagrees across articles and what could not be read.
public enum ReportMarkdown {
    /// - Parameters:
    ///   - report: the run's analysis.
    ///   - title: the report's first heading.
    ///   - mapPath: a map image to embed under the summary (relative to the report).
    ///   - language: the language of the headings, labels and reasons (figures keep their units).
    public static func render(
        _ report: AnalysisReport, title: String = "RouteCheck report", mapPath: String? = nil,
        language: ReportLanguage = .en
    ) -> String {
        let words = ReportWords(language)
        func km(_ meters: Double) -> String { ReportNumbers.kilometres(Length(meters: meters), language) }
        var out = "# \(title)\n\n"
        let checks = report.articles.flatMap(\.checks)
        out += words.summary(
            articles: report.articles.count, checks: checks.count,
            counts: Verdict.allCases.map { verdict in checks.filter { $0.verdict == verdict }.count })
        out += words.method + "\n\n"
        if let mapPath {
            out += "![\(words.mapAlt)](<\(mapPath.filter { $0 != "<" && $0 != ">" && !$0.isNewline })>)\n\n"
        }
        if !report.inconsistencies.isEmpty {
            out += "## \(words.acrossArticles)\n\n"
            for inconsistency in report.inconsistencies {
                out += "- **\(words.inconsistentEvent)**: \(escape(inconsistency.reason(in: language))).\n"
                for placement in inconsistency.placements {
                    out +=
                        "  - \(code(placement.article)): \(escape(placement.place)) — "
                        + "“\(escape(short(placement.sentence)))”\n"
                }
            }
            out += "\n"
        }
        for article in report.articles {
            out += "## \(words.article) \(code(article.id))\n\n"
            out += words.source(
                code(article.extraction.input.source), mentions: article.extraction.mentions.count,
                claims: article.extraction.claims.count)
            if article.checks.isEmpty {
                out += words.noClaims + "\n\n"
            } else {
                out += "| # | " + words.tableHeadings.joined(separator: " | ") + " |\n"
                out += "|---|---|---|---|---|---|---|---|\n"
                for (index, check) in article.checks.enumerated() {
                    let deviation =
                        check.deviationMeters.map { d in
                            "\(d >= 0 ? "+" : "−")\(km(abs(d)))"
                                + (check.deviationPercent.map {
                                    " (\($0 >= 0 ? "+" : "−")" + ReportNumbers.decimal(abs($0), 1, language) + " %)"
                                } ?? "")
                        } ?? "–"
                    out +=
                        "| \(index + 1) | \(escape(claimLabel(check, language))) | \(words.checkName(check.check)) | "
                    out += "\(check.claimedMeters.map(km) ?? "–") | \(check.computedMeters.map(km) ?? "–") | "
                    out +=
                        "\(deviation) | \(check.tolerance.map { "±" + km($0.meters) } ?? "–") | "
                        + "**\(words.verdict(check.verdict))** |\n"
                }
                out += "\n\(words.why):\n\n"
                for (index, check) in article.checks.enumerated() {
                    out +=
                        "\(index + 1). \(escape(check.reason(in: language))). — "
                        + "“\(escape(short(check.claim.sentenceText)))”\n"
                }
                out += "\n"
            }
            if !article.legs.isEmpty {
                out +=
                    words.legsIntro + "\n\n| " + words.legHeadings.joined(separator: " | ")
                    + " |\n|---|---|---|---|---|---|\n"
                for leg in article.legs {
                    let mode =
                        leg.leg.modes.isEmpty
                        ? CheckExplanation.modeName(.unknown, language)
                        : leg.leg.modes.map { CheckExplanation.modeName($0, language) }.joined(separator: " + ")
                    out +=
                        "| \(escape(leg.leg.from.label)) → \(escape(leg.leg.to.label)) | \(mode) | "
                        + "\(km(leg.distance.meters))"
                    out +=
                        leg.crossesLandOf.isEmpty
                        ? "" : " (\(words.crossesLand) \(leg.crossesLandOf.joined(separator: ", ")))"
                    if let routed = leg.routed {
                        out +=
                            " | \(km(routed.distance.meters)) | "
                            + "×\(ReportNumbers.decimal(routed.detourRatio, 2, language)) | "
                            + "\(km(routed.snapFrom.meters)) / \(km(routed.snapTo.meters)) |\n"
                    } else {
                        out +=
                            " | – | – | "
                            + "\(escape(leg.routingNote.map { CheckExplanation.note($0, language) } ?? words.notRouted)) |\n"
                    }
                }
                out +=
                    "| **\(words.total)** | | **\(km(article.geodesicTotal.meters))** | "
                    + "**\(km(article.routeTotal.meters))** "
                    + "(\(words.routedWhereFound)) | | |\n\n"
            }
            var places: [String: (name: String, count: Int)] = [:]
            for mention in article.extraction.mentions {
                guard let entry = mention.resolved else { continue }
                places[entry.id, default: (entry.name, 0)].count += 1
            }
            let list = places.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
                .map { "\($0.value.name) ×\($0.value.count)" }.joined(separator: ", ")
            out += "\(words.placesRead): \(list.isEmpty ? words.none : escape(list)).\n\n"
            let unresolved = article.extraction.mentions.filter { $0.resolved == nil }
            if !unresolved.isEmpty {
                out += "\(words.notResolved): \(escape(unresolved.map(\.text).joined(separator: ", "))).\n\n"
            }
        }
        if !report.failures.isEmpty {
            out += "## \(words.unreadable)\n\n"
            for failure in report.failures { out += "- \(escape(failure))\n" }
            out += "\n"
        }
        return out
    }

    static func claimLabel(_ check: ClaimCheck, _ language: ReportLanguage = .en) -> String {
        let english = language == .en
        switch check.claim.payload {
        case .distance(let d):
            let figure = "\(ToleranceModel.formatWritten(d.writtenValue)) \(d.unit.symbol)"
            if check.check == .unitConversion { return "\(figure) = \(check.referenceLabel)?" }
            let word =
                english
                ? d.qualifier.rawValue.replacingOccurrences(of: "_", with: " ") : CheckExplanation.word(d.qualifier)
            let hedge = d.qualifier == .none ? "" : "\(word) "
            return
                "\(check.subjectLabel): \(hedge)\(figure) \(english ? "from" : "dari") "
                + "\(referenceLabel(check, language))"
        case .placement: return "\(check.subjectLabel) \(english ? "in" : "di") \(referenceLabel(check, language))"
        case .route: return "\(check.subjectLabel) → \(check.referenceLabel)"
        case .event(let e): return "\(e.event) \(english ? "at" : "di") \(check.referenceLabel)"
        }
    }

    /// The reference as the label names it: "border of UA" / "perbatasan UA", "south-west RU" / "barat daya RU".
    static func referenceLabel(_ check: ClaimCheck, _ language: ReportLanguage) -> String {
        guard language == .id else { return check.referenceLabel }
        if case .distance(let d) = check.claim.payload, case .frontLine = d.reference { return "garis depan" }
        switch check.evidence {
        case .border(_, let country, _, _), .borderBeyondIslandGroup(_, let country, _, _, _, _):
            return "perbatasan \(country)"
        case .interior(_, let country, _, _, _): return "tepi \(country)"
        case .placement(_, let country, _, _, _, let part?):
            return "\(CheckExplanation.direction(part.part, .id)) \(country)"
        default: return check.referenceLabel
        }
    }

    static func short(_ sentence: String) -> String {
        let trimmed = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.count > 220 ? String(trimmed.prefix(217)) + "…" : trimmed
    }

    /// Text from articles and file names as inert markdown: control characters (ANSI escapes) dropped, line breaks
    /// made spaces, HTML's `<`, `>`, `&` as entities (a CommonMark viewer renders raw HTML), and the characters that
    /// start markdown syntax (links, emphasis, code spans, table cells) backslash-escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": out += " "
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "|", "!", "#", "~":
                out += "\\"
                out.unicodeScalars.append(scalar)
            default:
                if scalar.properties.generalCategory == .control { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An identifier or path as a code span: a fence longer than any run of backticks inside, control characters
    /// dropped.
    static func code(_ text: String) -> String {
        let clean = String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter {
                    $0.properties.generalCategory != .control
                }))
        var longest = 0, run = 0
        for character in clean {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        return longest == 0 ? "\(fence)\(clean)\(fence)" : "\(fence) \(clean) \(fence)"
    }
}

/// A plain-text summary for the terminal. Control characters from articles and file names (ANSI escape
/// sequences among them) are dropped, so an input cannot drive the terminal.
public enum ReportText {
    public static func render(_ report: AnalysisReport, language: ReportLanguage = .en) -> String {
        terminalSafe(unfiltered(report, language: language))
    }

    /// `text` without control characters other than line breaks and tabs.
    public static func terminalSafe(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter {
                    $0 == "\n" || $0 == "\t" || $0.properties.generalCategory != .control
                }))
    }

    static func unfiltered(_ report: AnalysisReport, language: ReportLanguage) -> String {
        let english = language == .en
        func km(_ length: Length) -> String { ReportNumbers.kilometres(length, language) }
        var out = ""
        for article in report.articles {
            out +=
                english
                ? "\(article.id): \(article.extraction.mentions.count) places, \(article.checks.count) checks\n"
                : "\(article.id): \(article.extraction.mentions.count) tempat, \(article.checks.count) pemeriksaan\n"
            for check in article.checks {
                out +=
                    "  [\(check.verdict.rawValue)] \(ReportMarkdown.claimLabel(check, language)): "
                    + "\(check.reason(in: language))\n"
            }
            for leg in article.legs {
                let mode = CheckExplanation.modeName(leg.leg.mode, language)
                out +=
                    "  \(english ? "leg" : "ruas") \(leg.leg.from.label) → \(leg.leg.to.label) (\(mode)): "
                    + "\(km(leg.distance)) \(english ? "geodesic" : "geodesik")"
                    + (leg.routed.map { ", \(km($0.distance)) \(english ? "routed" : "dirutekan") (\($0.method))" }
                        ?? "") + "\n"
            }
        }
        for inconsistency in report.inconsistencies {
            out += "\(english ? "inconsistent" : "tidak konsisten"): \(inconsistency.reason(in: language))\n"
        }
        for failure in report.failures { out += "\(english ? "failed" : "gagal"): \(failure)\n" }
        return out
    }
}

/// The report as one JSON document.
public enum ReportJSON {
    public static func render(_ report: AnalysisReport, language: ReportLanguage = .en) -> JSONValue {
        [
            "articles": .array(
                report.articles.map { article in
                    [
                        "id": .string(article.id), "extraction": article.extraction.json,
                        "checks": .array(
                            article.checks.map {
                                .object(ReportGeoJSON.properties($0, article: article.id, language: language).members)
                            }),
                        "legs": .array(
                            article.legs.map {
                                .object(
                                    ReportGeoJSON.legProperties($0, article: article.id, language: language).members)
                            }),
                        "route_total_m": article.legs.isEmpty ? .null : .finite(article.routeTotal.meters),
                    ]
                }),
            "inconsistencies": .array(
                report.inconsistencies.map {
                    [
                        "event": .string($0.event), "reason": .string($0.reason(in: language)),
                        "spread_m": .finite($0.spread.meters),
                    ]
                }),
            "failures": .array(report.failures.map(JSONValue.string)),
        ]
    }
}
