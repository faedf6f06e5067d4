import Foundation
import RouteCheckAnalysis
import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo
import RouteCheckMaps

/// One parser that takes outside input, driven with arbitrary bytes. A harness must never trap: every input either
/// gives a result or a thrown, typed error. libFuzzer (and ASan) report anything else as a finding.
enum FuzzHarness: String, CaseIterable, Sendable {
    /// Article bytes → UTF-8 checks → extraction → analysis (no routing) → GeoJSON, markdown, text, JSON and HTML
    /// output. (The SVG map's land drawing is geometry work, seconds an input under ASan; its escaping has tests.)
    case article
    /// JSON Lines batch bytes → articles, fed in small chunks with a small line limit to reach every boundary.
    case jsonl
    /// GeoJSON bytes (as `--reference` reads them) → geometries → GEOS round trip → geodesic nearest point.
    case geojson
    /// Command-line coordinate text ("lat,lon") → coordinate → geodesic inverse, direct and a densified line.
    case coordinates
    /// Article text → tokens → number readings (English and Indonesian), figure precision, in-text coordinates.
    case numbers

    /// Loads what the harness loads once a process (the article harness: the gazetteer, the sea-lane and railway graphs)
    /// before libFuzzer starts timing inputs, so no input is charged with it.
    func prepare() {
        if self == .article { _ = Self.analyzer() }
    }

    /// Runs the harness on one input. Errors are expected outcomes and are swallowed; traps are findings.
    func run(_ data: Data) {
        switch self {
        case .article: Self.article(data)
        case .jsonl: Self.jsonl(data)
        case .geojson: Self.geojson(data)
        case .coordinates: Self.coordinates(data)
        case .numbers: Self.numbers(data)
        }
    }

    /// Opened once a process: the real embedded gazetteer (the fuzzer needs `Data/` as the CLI does).
    nonisolated(unsafe) private static var shared: Analyzer?

    private static func analyzer() -> Analyzer {
        if let shared { return shared }
        do {
            let opened = Analyzer(gazetteer: try Gazetteer())
            // Load what a run loads once (the sea-lane and railway graphs, border indexes) before the first input, so
            // that load (about a second under AddressSanitizer, far more on a busy machine) is not charged to
            // whichever input first names a sea leg: a fuzzed "Make" read as Mackay once timed out that way.
            _ = try? opened.analyze(
                ArticleInput(
                    id: "warm-up",
                    text: "Kapal itu berlayar dari Surabaya ke Darwin. Kereta dari Dunay ke Tikhoretsk, "
                        + "sekitar 290 km dari perbatasan Ukraina.", source: "warm-up"))
            shared = opened
            return opened
        } catch {
            FileHandle.standardError.write(Data("routecheck-fuzz: cannot open the gazetteer: \(error)\n".utf8))
            exit(2)
        }
    }

    private static func article(_ data: Data) {
        guard case .success(let input) = ArticleReader.decode(data, id: "fuzz", source: "fuzz") else { return }
        let analyzer = analyzer()
        guard let article = try? analyzer.analyze(input) else { return }
        let report = AnalysisReport(articles: [article], inconsistencies: [], failures: [])
        let collection = ReportGeoJSON.collection(report)
        _ = GeoJSONWriter().string(collection)
        _ = ReportMarkdown.render(report, mapPath: "map.html")
        _ = ReportText.render(report)
        _ = ReportJSON.render(report).jsonText
        _ = try? HTMLMapRenderer(gazetteer: nil, leafletDirectory: "/nonexistent").render(collection, title: input.text)
    }

    private static func jsonl(_ data: Data) {
        let chunk = Int(data.first ?? 7) % 13 + 1
        for result in ArticleReader.readJSONLines(
            data.dropFirst(), source: "fuzz.jsonl", chunkSize: chunk, lineLimit: 256)
        {
            if case .failure(let error) = result { _ = error.description }
        }
    }

    private static func geojson(_ data: Data) {
        guard let document = try? GeoJSONReader.read(data) else { return }
        for geometry in document.geometries {
            _ = try? geometry.wkt()
            guard let index = try? GeodesicDistanceIndex(geometry) else { continue }
            _ = try? index.nearestPoint(to: GeographicCoordinate(latitude: 45.85, longitude: 40.12))
        }
        _ = GeoJSONWriter().string(FeatureCollection(features: document.geometries.map { Feature(geometry: $0) }))
    }

    private static func coordinates(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let parts = text.split(separator: "|", maxSplits: 1).map(String.init)
        guard let first = parts.first, let from = try? GeographicCoordinate(parsing: first) else { return }
        let to = parts.count > 1 ? (try? GeographicCoordinate(parsing: parts[1])) : nil
        let geodesic = Geodesic.wgs84
        if let to {
            _ = geodesic.inverse(from: from, to: to)
            _ = try? geodesic.line(from: from, to: to, maximumSpacing: .kilometers(50))
        }
        _ = geodesic.direct(from: from, azimuth: from.latitude, distance: .kilometers(abs(from.longitude)))
    }

    private static func numbers(_ data: Data) {
        guard let text = String(data: data, encoding: .utf8) else { return }
        let tokens = Tokenizer.tokenize(ArticleText(text))
        for index in tokens.indices {
            if let reading = NumberParser.reading(tokens, at: index) { _ = NumberParser.precision(of: reading.value) }
        }
        _ = Tokenizer.sentences(ArticleText(text))
    }
}
