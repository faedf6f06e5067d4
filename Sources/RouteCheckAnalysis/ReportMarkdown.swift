import Foundation
import RouteCheckArticles
import RouteCheckGeo

/// A report a journalist can read: per article, a table of claims with verdicts and figures, the
/// route legs, the places read; then what disagrees across articles and what could not be read.
public enum ReportMarkdown {
    public static func render(_ report: AnalysisReport, title: String = "RouteCheck report", mapPath: String? = nil) -> String {
        var out = "# \(title)\n\n"
        let checks = report.articles.flatMap(\.checks)
        out += "\(report.articles.count) article(s) analysed; \(checks.count) check(s): "
        out += "**\(checks.filter { $0.verdict == .supported }.count) supported**, "
        out += "**\(checks.filter { $0.verdict == .contradicted }.count) contradicted**, "
        out += "\(checks.filter { $0.verdict == .unverifiable }.count) unverifiable.\n\n"
        out += "Distances are geodesics on WGS 84 (PROJ); borders are the internationally recognised ones of DCW-GMT; "
        out += "tolerances add the figure's precision, its hedge, the subject's extent and the boundary data's resolution.\n\n"
        if let mapPath { out += "![Map of the analysis](<\(mapPath.filter { $0 != "<" && $0 != ">" && !$0.isNewline })>)\n\n" }
        if !report.inconsistencies.isEmpty {
            out += "## Across the articles\n\n"
            for inconsistency in report.inconsistencies {
                out += "- **Inconsistent event location**: \(escape(inconsistency.reason)).\n"
                for placement in inconsistency.placements {
                     out += "  - \(code(placement.article)): \(escape(placement.place)) — “\(escape(short(placement.sentence)))”\n"
                }
            }
            out += "\n"
        }
        for article in report.articles {
            out += "## Article \(code(article.id))\n\n"
             out += "Source: \(code(article.extraction.input.source)). \(article.extraction.mentions.count) place mentions, "
            out += "\(article.extraction.claims.count) claims.\n\n"
            if article.checks.isEmpty {
                out += "No geographic claim with a figure, a route or a placement was found.\n\n"
            } else {
                out += "| # | Claim | Check | Claimed | Computed | Deviation | Tolerance | Verdict |\n"
                out += "|---|---|---|---|---|---|---|---|\n"
                for (index, check) in article.checks.enumerated() {
                    let deviation = check.deviationMeters.map { d in
                        "\(d >= 0 ? "+" : "−")\(formatKilometres(abs(d)))" + (check.deviationPercent.map { " (\($0 >= 0 ? "+" : "−")" + String(format: "%.1f %%", abs($0)) + ")" } ?? "")
                    } ?? "–"
                    out += "| \(index + 1) | \(escape(claimLabel(check))) | \(check.check.rawValue.replacingOccurrences(of: "_", with: " ")) | "
                    out += "\(check.claimedMeters.map(formatKilometres) ?? "–") | \(check.computedMeters.map(formatKilometres) ?? "–") | "
                    out += "\(deviation) | \(check.tolerance.map { "±" + formatKilometres($0.meters) } ?? "–") | **\(check.verdict.rawValue)** |\n"
                }
                out += "\nWhy:\n\n"
                for (index, check) in article.checks.enumerated() {
                    out += "\(index + 1). \(escape(check.reason)). — “\(escape(short(check.claim.sentenceText)))”\n"
                }
                out += "\n"
            }
            if !article.legs.isEmpty {
                out += "Route legs (the geodesic is the shortest possible path; sea and rail legs are also routed on the "
                    + "coast and shipping lanes or the railway graph):\n\n| Leg | Mode | Geodesic | Routed | Detour | Ends moved |\n|---|---|---|---|---|---|\n"
                for leg in article.legs {
                    let mode = leg.leg.modes.isEmpty ? "unknown" : leg.leg.modes.map(\.rawValue).joined(separator: " + ")
                    out += "| \(escape(leg.leg.from.label)) → \(escape(leg.leg.to.label)) | \(mode) | \(formatKilometres(leg.distance.meters))"
                    out += leg.crossesLandOf.isEmpty ? "" : " (crosses land of \(leg.crossesLandOf.joined(separator: ", ")))"
                    if let routed = leg.routed {
                        out += " | \(formatKilometres(routed.distance.meters)) | ×\(String(format: "%.2f", routed.detourRatio)) | "
                            + "\(formatKilometres(routed.snapFrom.meters)) / \(formatKilometres(routed.snapTo.meters)) |\n"
                    } else {
                        out += " | – | – | \(escape(leg.routingNote ?? "not routed")) |\n"
                    }
                }
                out += "| **Total** | | **\(formatKilometres(article.geodesicTotal.meters))** | **\(formatKilometres(article.routeTotal.meters))** (routed where found) | | |\n\n"
            }
            var places: [String: (name: String, count: Int)] = [:]
            for mention in article.extraction.mentions {
                guard let entry = mention.resolved else { continue }
                places[entry.id, default: (entry.name, 0)].count += 1
            }
            let list = places.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
                .map { "\($0.value.name) ×\($0.value.count)" }.joined(separator: ", ")
            out += "Places read: \(list.isEmpty ? "none" : escape(list)).\n\n"
            let unresolved = article.extraction.mentions.filter { $0.resolved == nil }
            if !unresolved.isEmpty { out += "Not resolved: \(escape(unresolved.map(\.text).joined(separator: ", "))).\n\n" }
        }
        if !report.failures.isEmpty {
            out += "## Inputs that could not be read\n\n"
            for failure in report.failures { out += "- \(escape(failure))\n" }
            out += "\n"
        }
        return out
    }

    static func claimLabel(_ check: ClaimCheck) -> String {
        switch check.claim.payload {
        case .distance(let d):
            let figure = "\(ToleranceModel.formatWritten(d.writtenValue)) \(d.unit.symbol)"
            if check.check == .unitConversion { return "\(figure) = \(check.referenceLabel)?" }
            let hedge = d.qualifier == .none ? "" : "\(d.qualifier.rawValue.replacingOccurrences(of: "_", with: " ")) "
            return "\(check.subjectLabel): \(hedge)\(figure) from \(check.referenceLabel)"
        case .placement: return "\(check.subjectLabel) in \(check.referenceLabel)"
        case .route: return "\(check.subjectLabel) → \(check.referenceLabel)"
        case .event(let e): return "\(e.event) at \(check.referenceLabel)"
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
            case "\\", "`", "*", "_", "[", "]", "|", "!", "#", "~": out += "\\"; out.unicodeScalars.append(scalar)
            default:
                if scalar.properties.generalCategory == .control { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An identifier or path as a code span: a fence longer than any run of backticks inside, control characters dropped.
    static func code(_ text: String) -> String {
        let clean = String(String.UnicodeScalarView(text.unicodeScalars.filter {
            $0.properties.generalCategory != .control
        }))
        var longest = 0, run = 0
        for character in clean { run = character == "`" ? run + 1 : 0; longest = max(longest, run) }
        let fence = String(repeating: "`", count: longest + 1)
        return longest == 0 ? "\(fence)\(clean)\(fence)" : "\(fence) \(clean) \(fence)"
    }
}

/// A plain-text summary for the terminal. Control characters from articles and file names (ANSI escape
/// sequences among them) are dropped, so an input cannot drive the terminal.
public enum ReportText {
    public static func render(_ report: AnalysisReport) -> String {
        terminalSafe(unfiltered(report))
    }

    /// `text` without control characters other than line breaks and tabs.
    public static func terminalSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            $0 == "\n" || $0 == "\t" || $0.properties.generalCategory != .control
        }))
    }

    static func unfiltered(_ report: AnalysisReport) -> String {
        var out = ""
        for article in report.articles {
            out += "\(article.id): \(article.extraction.mentions.count) places, \(article.checks.count) checks\n"
            for check in article.checks {
                out += "  [\(check.verdict.rawValue)] \(ReportMarkdown.claimLabel(check)): \(check.reason)\n"
            }
            for leg in article.legs {
                out += "  leg \(leg.leg.from.label) → \(leg.leg.to.label) (\(leg.leg.mode.rawValue)): \(formatKilometres(leg.distance.meters)) geodesic"
                    + (leg.routed.map { ", \(formatKilometres($0.distance.meters)) routed (\($0.method))" } ?? "") + "\n"
            }
        }
        for inconsistency in report.inconsistencies { out += "inconsistent: \(inconsistency.reason)\n" }
        for failure in report.failures { out += "failed: \(failure)\n" }
        return out
    }
}

/// The report as one JSON document.
public enum ReportJSON {
    public static func render(_ report: AnalysisReport) -> JSONValue {
        [
            "articles": .array(report.articles.map { article in
                [
                    "id": .string(article.id), "extraction": article.extraction.json,
                    "checks": .array(article.checks.map { .object(ReportGeoJSON.properties($0, article: article.id).members) }),
                    "legs": .array(article.legs.map { .object(ReportGeoJSON.legProperties($0, article: article.id).members) }),
                    "route_total_m": article.legs.isEmpty ? .null : .finite(article.routeTotal.meters),
                ]
            }),
            "inconsistencies": .array(report.inconsistencies.map { ["event": .string($0.event), "reason": .string($0.reason),
                                                                     "spread_m": .finite($0.spread.meters)] }),
            "failures": .array(report.failures.map(JSONValue.string)),
        ]
    }
}
