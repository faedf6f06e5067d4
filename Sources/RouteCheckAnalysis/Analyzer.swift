import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo
import RouteCheckRouting
import Synchronization

/// RouteCheck's pipeline as a library: read an article, resolve its places, extract its claims,
/// verify them, and measure its route legs.
///
/// ```swift
/// let analyzer = try Analyzer()                      // opens Data/routecheck.gpkg read-only
/// let report = try analyzer.analyze(text: "… about 180 miles (290 km) from the Ukrainian border …")
/// for check in report.checks { print(check.verdict, check.reason) }
/// ```
///
/// With `routing` (``LegRouting/load(beside:)``), legs by sea or by rail are also routed on the
/// coast and shipping lanes or the railway graph, and their checks carry the routed length, the detour
/// over the geodesic and how far the ends were moved to reach the network.
///
/// `Sendable`: one analyzer serves many tasks; it caches gazetteer look-ups, country indexes and routes.
public final class Analyzer: Sendable {
    public let extractor: ArticleExtractor
    public let verifier: ClaimVerifier
    public let routing: LegRouting?
    private let routeCache = Mutex<[String: Result<RoutedLeg, RoutingNote>]>([:])

    public init(gazetteer: Gazetteer, routing: LegRouting? = nil) {
        extractor = ArticleExtractor(gazetteer: gazetteer)
        verifier = ClaimVerifier(gazetteer: gazetteer)
        self.routing = routing
    }

    /// Opens the embedded database (see `DatabaseLocator`).
    public convenience init() throws {
        self.init(gazetteer: try Gazetteer())
    }

    /// Analyses one article given as text.
    public func analyze(text: String, id: String = "article") throws -> ArticleReport {
        try analyze(ArticleInput(id: id, text: text, source: id))
    }

    public func analyze(_ input: ArticleInput) throws -> ArticleReport {
        let extraction = try extractor.extract(input)
        var checks: [ClaimCheck] = []
        var legs: [RouteLegResult] = []
        for claim in extraction.claims {
            checks += verifier.check(claim)
            if case .route(let route) = claim.payload {
                for leg in route.legs {
                    guard var measured = try verifier.measure(leg) else {
                        checks.append(ClaimCheck(check: "route_leg", claim: claim, verdict: .unverifiable, claimedMeters: nil,
                                                 computedMeters: nil, tolerance: nil, reason: "an end of the leg could not be resolved",
                                                 subjectLabel: leg.from.text, referenceLabel: leg.to.text, geometry: nil))
                        continue
                    }
                    if let routing, let from = leg.from.resolved, let to = leg.to.resolved {
                        let key = "\(from.id)|\(to.id)|\(leg.modes.map(\.rawValue))|\(leg.mode.rawValue)"
                        let result = routeCache.withLock { $0[key] } ?? routing.route(leg, from: from, to: to)
                        routeCache.withLock { $0[key] = result }
                        switch result {
                        case .success(let routed): measured.routed = routed
                        case .failure(let note): measured.routingNote = note.description
                        }
                    }
                    legs.append(measured)
                    checks.append(Self.legCheck(claim, measured))
                }
            }
        }
        return ArticleReport(extraction: extraction, checks: checks, legs: legs)
    }

    /// A leg states no length, so its verdict is `unverifiable`; the check carries the measured length
    /// (routed when a network route was found, else the geodesic) and says how it was found.
    static func legCheck(_ claim: Claim, _ leg: RouteLegResult) -> ClaimCheck {
        let from = leg.leg.from.label, to = leg.leg.to.label
        let modes = leg.leg.modes.map(\.rawValue).joined(separator: " and ")
        var reason = "\(from) → \(to)\(modes.isEmpty ? "" : " by \(modes)"): "
        if let routed = leg.routed {
            reason += "\(formatKilometres(routed.distance.meters)) along the \(routed.mode == "sea" ? "water" : "railway") "
                + "(geodesic \(formatKilometres(leg.distance.meters)), ×\(String(format: "%.2f", routed.detourRatio)); "
                + "ends moved \(formatKilometres(routed.snapFrom.meters)) and \(formatKilometres(routed.snapTo.meters)) to reach the "
                + "\(routed.mode == "sea" ? "water" : "track"); \(routed.method))"
            if !routed.warnings.isEmpty { reason += "; " + routed.warnings.joined(separator: "; ") }
        } else {
            reason += "\(formatKilometres(leg.distance.meters)) along the geodesic"
            if let note = leg.routingNote { reason += " (\(note))" }
        }
        reason += "; the text states no length for the leg, so there is nothing to compare"
        if leg.routed == nil, !leg.crossesLandOf.isEmpty {
            reason += "; the straight geodesic crosses land of \(leg.crossesLandOf.joined(separator: ", ")), so the real sea route is longer"
        }
        if leg.leg.modes.count > 1 { reason += "; the text names the modes without saying which part used which" }
        return ClaimCheck(check: "route_leg", claim: claim, verdict: .unverifiable, claimedMeters: nil,
                          computedMeters: leg.length.meters, tolerance: nil, reason: reason, subjectLabel: from,
                          referenceLabel: to, geometry: leg.drawnLine)
    }

    /// Analyses a batch; unreadable inputs become failures and the rest go on. `onArticle` sees each
    /// article's report as soon as it is made (for streaming output); an error it throws ends the batch.
    public func analyze(
        _ inputs: [Result<ArticleInput, ArticleInputError>],
        progress: ((Int, Int) -> Void)? = nil,
        onArticle: ((ArticleReport) throws -> Void)? = nil
    ) rethrows -> AnalysisReport {
        var articles: [ArticleReport] = []
        var failures: [String] = []
        for (index, input) in inputs.enumerated() {
            switch input {
            case .failure(let error): failures.append("\(error)")
            case .success(let article):
                let report: ArticleReport
                do {
                    report = try analyze(article)
                } catch {
                    failures.append("\(article.source): \(error)")
                    progress?(index + 1, inputs.count)
                    continue
                }
                articles.append(report)
                try onArticle?(report)
            }
            progress?(index + 1, inputs.count)
        }
        return AnalysisReport(articles: articles, inconsistencies: Self.crossCheck(articles), failures: failures)
    }

    /// Events placed more than 300 km apart by different articles (or within one).
    public static func crossCheck(_ articles: [ArticleReport]) -> [Inconsistency] {
        var byEvent: [String: [Inconsistency.Placement]] = [:]
        for article in articles {
            for claim in article.extraction.claims {
                guard case .event(let event) = claim.payload, let entry = event.location.resolved else { continue }
                byEvent[event.event, default: []].append(.init(article: article.id, place: entry.name, entryID: entry.id,
                                                               coordinate: entry.coordinate, sentence: claim.sentenceText))
            }
        }
        var result: [Inconsistency] = []
        for (event, placements) in byEvent.sorted(by: { $0.key < $1.key }) {
            var spread = 0.0
            for a in placements {
                for b in placements where a.entryID < b.entryID {
                    spread = max(spread, Geodesic.wgs84.geodesicDistance(from: a.coordinate, to: b.coordinate).meters)
                }
            }
            if spread > 300_000 { result.append(Inconsistency(event: event, placements: placements, spread: Length(meters: spread))) }
        }
        return result
    }
}
