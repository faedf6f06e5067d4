import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo
import RouteCheckRouting

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
    private let routeCache = ConcurrentCache<String, Result<RoutedLeg, RoutingNote>>(limit: 20_000)

    /// - Parameters:
    ///   - gazetteer: the embedded database.
    ///   - routing: networks for sea and rail legs (nil: legs along the geodesic only).
    ///   - frontLine: a front line to measure "from the front line" distances to (nil: those are unverifiable).
    public init(gazetteer: Gazetteer, routing: LegRouting? = nil, frontLine: ClaimVerifier.FrontLine? = nil) {
        extractor = ArticleExtractor(gazetteer: gazetteer)
        verifier = ClaimVerifier(gazetteer: gazetteer, frontLine: frontLine)
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
                        checks.append(
                            ClaimCheck(
                                check: .routeLeg, claim: claim, verdict: .unverifiable, claimed: nil,
                                computed: nil, tolerance: nil, evidence: .unverifiable(.legEndUnresolved),
                                subjectLabel: leg.from.text, referenceLabel: leg.to.text, geometry: nil))
                        continue
                    }
                    if let routing, let from = leg.from.resolved, let to = leg.to.resolved {
                        let key = "\(from.id)|\(to.id)|\(leg.modes.map(\.rawValue))|\(leg.mode.rawValue)"
                        let result = routeCache.value(for: key) { _ in routing.route(leg, from: from, to: to) }
                        switch result {
                        case .success(let routed): measured.routed = routed
                        case .failure(let note): measured.routingNote = note
                        }
                    }
                    legs.append(measured)
                    checks.append(Self.legCheck(claim, measured, index: legs.count - 1))
                }
            }
        }
        return ArticleReport(extraction: extraction, checks: checks, legs: legs)
    }

    /// A leg states no length, so its verdict is `unverifiable`; the check carries the measured length
    /// (routed when a network route was found, else the geodesic) and says how it was found.
    static func legCheck(_ claim: Claim, _ leg: RouteLegResult, index: Int) -> ClaimCheck {
        let routed = leg.routed.map {
            LegEvidence.RoutedSummary(
                length: $0.distance, bySea: $0.mode == .sea, detourRatio: $0.detourRatio,
                snapFrom: $0.snapFrom, snapTo: $0.snapTo, method: $0.method, warnings: $0.warnings)
        }
        let evidence = LegEvidence(
            from: leg.leg.from.label, to: leg.leg.to.label, modes: leg.leg.modes,
            geodesic: leg.distance, routed: routed, routingNote: leg.routingNote,
            crossesLandOf: leg.crossesLandOf)
        return ClaimCheck(
            check: .routeLeg, claim: claim, verdict: .unverifiable, claimed: nil, computed: leg.length,
            tolerance: nil, evidence: .leg(evidence), subjectLabel: leg.leg.from.label,
            referenceLabel: leg.leg.to.label, geometry: leg.drawnLine, legIndex: index)
    }

    /// Analyses a batch held in memory; unreadable inputs become failures and the rest go on. `onArticle` sees
    /// each article's report in input order as soon as it is made; an error it throws ends the batch.
    /// - Parameters:
    ///   - inputs: the articles, or why each could not be read.
    ///   - jobs: threads analysing articles at once (1: on the caller's thread only).
    ///   - progress: called on the caller's thread with the count of articles done and the total.
    ///   - onArticle: sees each article's report in input order.
    public func analyze(
        _ inputs: [Result<ArticleInput, ArticleInputError>],
        jobs: Int = 1,
        progress: ((Int, Int) -> Void)? = nil,
        onArticle: ((ArticleReport) throws -> Void)? = nil
    ) throws -> AnalysisReport {
        var iterator = inputs.makeIterator()
        var articles: [ArticleReport] = []
        let summary = try analyzeBatch(&iterator, jobs: jobs, render: { $0 }, progress: { progress?($0, inputs.count) })
        {
            articles.append($0)
            try onArticle?($0)
        }
        return AnalysisReport(articles: articles, inconsistencies: summary.inconsistencies, failures: summary.failures)
    }

    /// Analyses a stream of articles on `jobs` threads, in bounded memory: each article's report is turned into
    /// its output by `render` on the worker thread (so writing text is parallel too) and handed to `consume` on
    /// the caller's thread **in input order**; only the events' placements are kept for the cross-article check.
    ///
    /// An input that cannot be read, or an article whose analysis throws, becomes a failure named in the summary
    /// and the batch goes on. An error thrown by `consume` (a full disk) ends the batch and is rethrown.
    public func analyzeBatch<Rendered: Sendable>(
        _ inputs: inout some IteratorProtocol<Result<ArticleInput, ArticleInputError>>,
        jobs: Int = OrderedParallelMap.availableCores,
        render: @escaping @Sendable (ArticleReport) -> Rendered,
        progress: ((Int) -> Void)? = nil,
        consume: (Rendered) throws -> Void
    ) throws -> BatchSummary {
        var failures: [String] = []
        var placements = EventPlacements()
        var done = 0
        var articles = 0
        try OrderedParallelMap.run(
            &inputs, jobs: jobs,
            transform: { [self] input -> BatchOutcome<Rendered> in
                switch input {
                case .failure(let error): return .failed("\(error)")
                case .success(let article):
                    do {
                        let report = try analyze(article)
                        return .analysed(render(report), EventPlacements.placements(in: report))
                    } catch {
                        return .failed("\(article.source): \(error)")
                    }
                }
            }
        ) { outcome in
            switch outcome {
            case .failed(let message): failures.append(message)
            case .analysed(let rendered, let events):
                placements.add(events)
                articles += 1
                try consume(rendered)
            }
            done += 1
            progress?(done)
        }
        return BatchSummary(articles: articles, failures: failures, inconsistencies: placements.inconsistencies())
    }

    /// Events placed more than 300 km apart by different articles (or within one).
    public static func crossCheck(_ articles: [ArticleReport]) -> [Inconsistency] {
        var placements = EventPlacements()
        for article in articles { placements.add(EventPlacements.placements(in: article)) }
        return placements.inconsistencies()
    }
}

/// What a batch run found besides each article's own output.
public struct BatchSummary: Sendable {
    /// Articles analysed (failures not counted).
    public let articles: Int
    /// Inputs that could not be read or analysed, each naming its source and the problem.
    public let failures: [String]
    /// Events placed far apart by the batch's articles.
    public let inconsistencies: [Inconsistency]
}

/// One input's result inside a batch, handed from a worker to the caller's thread.
enum BatchOutcome<Rendered: Sendable>: Sendable {
    case analysed(Rendered, [EventPlacements.Entry])
    case failed(String)
}

/// The places each event was put in, gathered over a batch for ``Analyzer/crossCheck(_:)``.
struct EventPlacements {
    typealias Entry = (event: String, placement: Inconsistency.Placement)
    /// Placements more than this far apart are an inconsistency (300 km).
    static let spreadLimit = Length.kilometers(300)
    private var byEvent: [String: [Inconsistency.Placement]] = [:]

    static func placements(in article: ArticleReport) -> [Entry] {
        article.extraction.claims.compactMap { claim in
            guard case .event(let event) = claim.payload, let entry = event.location.resolved else { return nil }
            return (
                event.event,
                .init(
                    article: article.id, place: entry.name, entryID: entry.id,
                    coordinate: entry.coordinate, sentence: claim.sentenceText)
            )
        }
    }

    mutating func add(_ entries: [Entry]) {
        for entry in entries { byEvent[entry.event, default: []].append(entry.placement) }
    }

    func inconsistencies() -> [Inconsistency] {
        var result: [Inconsistency] = []
        for (event, placements) in byEvent.sorted(by: { $0.key < $1.key }) {
            // Pairs of distinct places only: a batch puts one event in few places but many times.
            var places: [String: GeographicCoordinate] = [:]
            for placement in placements { places[placement.entryID] = placement.coordinate }
            let distinct = Array(places.values)
            var spread = 0.0
            for (i, a) in distinct.enumerated() {
                for b in distinct[(i + 1)...] {
                    spread = max(spread, Geodesic.wgs84.geodesicDistance(from: a, to: b).meters)
                }
            }
            if spread > Self.spreadLimit.meters {
                result.append(Inconsistency(event: event, placements: placements, spread: Length(meters: spread)))
            }
        }
        return result
    }
}
