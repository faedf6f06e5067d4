import RouteCheckArticles
import RouteCheckGeo
import RouteCheckRouting

/// The report as GeoJSON features. Every feature has a `role`: "article" (no geometry, metadata),
/// "place" (a Point a resolved place, with its mention text, entry id and score), "leg" (the leg's
/// routed path by sea or rail where one was found, else its geodesic) or "claim" (one check: the line from the subject
/// to the nearest border point or the other
/// place, or the subject's point). Properties are flat (strings, numbers, booleans, null) so GIS tools
/// show them as plain attribute columns.
public enum ReportGeoJSON {
    /// The article's features: one `article`, one `place` per resolved entry, one `leg` per leg, one `claim` per check.
    /// - Parameters:
    ///   - article: the analysed article.
    ///   - language: the language of the prose properties (`reason`, `tolerance_explained`); keys and machine values
    ///     are the same in every language.
    public static func features(_ article: ArticleReport, language: ReportLanguage = .en) -> [Feature] {
        var features: [Feature] = []
        let id = article.id
        features.append(
            Feature(
                geometry: nil,
                report: [
                    .role: .string(FeatureRole.article.rawValue), .article: .string(id),
                    .source: .string(article.extraction.input.source),
                    .mentions: .number(Double(article.extraction.mentions.count)),
                    .claims: .number(Double(article.extraction.claims.count)),
                    .supported: .number(Double(article.count(.supported))),
                    .contradicted: .number(Double(article.count(.contradicted))),
                    .unverifiable: .number(Double(article.count(.unverifiable))),
                    .routeTotalMeters: article.legs.isEmpty ? .null : .finite(article.routeTotal.meters),
                ], id: .string("\(id)/article")))
        var seen: [String: Int] = [:]
        var places: [(PlaceMention, Int)] = []
        for mention in article.extraction.mentions {
            guard let entry = mention.resolved else { continue }
            if let index = seen[entry.id] {
                places[index].1 += 1
                continue
            }
            seen[entry.id] = places.count
            places.append((mention, 1))
        }
        for (mention, count) in places {
            guard let entry = mention.resolved else { continue }
            features.append(
                Feature(
                    geometry: .point(Point(entry.coordinate.position)),
                    report: [
                        .role: .string(FeatureRole.place.rawValue), .article: .string(id), .text: .string(mention.text),
                        .entryID: .string(entry.id), .name: .string(entry.name), .kind: .string(entry.kind.rawValue),
                        .country: entry.countryCode.map(JSONValue.string) ?? .null, .score: .finite(mention.score),
                        .mentions: .number(Double(count)), .firstOffset: .number(Double(mention.span.start)),
                    ], id: .string("\(id)/place/\(entry.id)")))
        }
        for (index, leg) in article.legs.enumerated() {
            features.append(
                Feature(
                    geometry: leg.drawnLine, report: legProperties(leg, article: id, language: language),
                    id: .string("\(id)/leg/\(index + 1)")))
        }
        for (index, check) in article.checks.enumerated() {
            var properties = properties(check, article: id, language: language)
            var geometry = check.geometry
            if let leg = check.legIndex {
                // The leg's line is on the leg's feature; the check names it instead of repeating it.
                properties[.leg] = .string("\(id)/leg/\(leg + 1)")
                geometry = nil
            } else {
                properties[.leg] = .null
            }
            properties[.lineToleranceMeters] =
                geometry.map(isLine) == true ? .finite(ClaimVerifier.lineTolerance.meters) : .null
            features.append(Feature(geometry: geometry, report: properties, id: .string("\(id)/claim/\(index + 1)")))
        }
        return features
    }

    /// A leg's flat properties: `distance_m` is the routed length where there is one (`routed` true),
    /// else the geodesic; `geodesic_m` is always the geodesic.
    static func legProperties(
        _ leg: RouteLegResult, article: String, language: ReportLanguage = .en
    ) -> ReportProperties {
        var properties = routedLegProperties(leg.routed, geodesic: leg.distance)
        properties.merge([
            .role: .string(FeatureRole.leg.rawValue), .article: .string(article),
            .from: .string(leg.leg.from.label), .to: .string(leg.leg.to.label),
            .mode: .string(leg.leg.mode.rawValue),
            .modes: .string(leg.leg.modes.map(\.rawValue).joined(separator: ",")),
            .distanceMeters: .finite(leg.length.meters),
            .routeNote: leg.routingNote.map { .string(CheckExplanation.note($0, language)) } ?? .null,
            .crossesLand: .bool(!leg.crossesLandOf.isEmpty),
            .crossesLandOf: .string(leg.crossesLandOf.joined(separator: ",")),
        ]) { $1 }
        return properties
    }

    /// The properties `analyze` and `route` both write for a leg measured on a network (`routed` nil: along the
    /// geodesic only): `geodesic_m`, `routed`, `detour_ratio`, `snap_from_m`, `snap_to_m`, `path_geodesic_m`,
    /// `route_method` and `line_tolerance_m`.
    public static func routedLegProperties(_ routed: RoutedLeg?, geodesic: Length) -> ReportProperties {
        [
            .geodesicMeters: .finite(geodesic.meters),
            .routed: .bool(routed.map { $0.mode != .geodesic } ?? false), .detourRatio: .finite(routed?.detourRatio),
            .snapFromMeters: .finite(routed?.snapFrom.meters), .snapToMeters: .finite(routed?.snapTo.meters),
            .pathGeodesicMeters: .finite(routed?.pathGeodesic.meters),
            .routeMethod: routed.map { .string($0.method) } ?? .null,
            .lineToleranceMeters: .finite(ClaimVerifier.lineTolerance.meters),
        ]
    }

    static func properties(_ check: ClaimCheck, article: String, language: ReportLanguage = .en) -> ReportProperties {
        let reading = check.claim.reading
        func text(_ part: ClaimReading.Part?) -> JSONValue { part.map { .string($0.text) } ?? .null }
        func offset(_ value: Int?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }
        return [
            // Evidence of the reading: the words of each part and where they start in the article (Unicode scalar
            // offsets; a part ends at its start plus its words' length in scalars, as Python's len counts).
            .readFigure: text(reading.figure), .readFigureStart: offset(reading.figure?.span.start),
            .readSubject: text(reading.subject), .readSubjectStart: offset(reading.subject?.span.start),
            .readSubjectRule: reading.subjectRule.map { .string($0.rawValue) } ?? .null,
            .readReference: text(reading.reference), .readReferenceStart: offset(reading.reference?.span.start),
            .role: .string(FeatureRole.claim.rawValue), .article: .string(article),
            .claimType: .string(check.claim.type),
            .check: .string(check.check.rawValue), .text: .string(check.claim.sentenceText),
            .subject: .string(check.subjectLabel), .reference: .string(check.referenceLabel),
            .claimedMeters: .finite(check.claimedMeters), .computedMeters: .finite(check.computedMeters),
            .deviationMeters: .finite(check.deviationMeters), .deviationPercent: .finite(check.deviationPercent),
            .toleranceMeters: .finite(check.tolerance?.meters), .toleranceBelowMeters: .finite(check.tolerance?.below),
            .toleranceAboveMeters: .finite(check.tolerance?.above),
            .toleranceExplained: check.tolerance.map { .string($0.explanation(in: language)) } ?? .null,
            .edgeRatio: .finite(check.edgeRatio),
            .verdict: .string(check.verdict.rawValue), .reason: .string(check.reason(in: language)),
        ]
    }

    /// Inconsistencies across articles, as features with role "inconsistency" (a MultiPoint of the placements).
    public static func features(_ inconsistency: Inconsistency, index: Int, language: ReportLanguage = .en) -> Feature {
        Feature(
            geometry: .multiPoint(MultiPoint(inconsistency.placements.map(\.coordinate.position))),
            report: [
                .role: .string(FeatureRole.inconsistency.rawValue), .event: .string(inconsistency.event),
                .spreadMeters: .finite(inconsistency.spread.meters),
                .articles: .string(inconsistency.placements.map(\.article).joined(separator: ",")),
                .places: .string(inconsistency.placements.map(\.place).joined(separator: ",")),
                .reason: .string(inconsistency.reason(in: language)),
            ], id: .string("inconsistency/\(index + 1)"))
    }

    static func isLine(_ geometry: Geometry) -> Bool {
        switch geometry {
        case .lineString, .multiLineString: true
        default: false
        }
    }

    public static func collection(_ report: AnalysisReport, language: ReportLanguage = .en) -> FeatureCollection {
        var all = report.articles.flatMap { features($0, language: language) }
        all += report.inconsistencies.enumerated().map { features($1, index: $0, language: language) }
        return FeatureCollection(features: all)
    }
}
