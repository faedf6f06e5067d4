import ArgumentParser
import Foundation
import RouteCheckMaps
import RouteCheckAnalysis
import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo

/// `routecheck analyze FILE...`: the main job — read, resolve, verify, write.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Read articles, resolve their places, verify their geographic claims, and write a report.",
        discussion: """
        FILE is a UTF-8 article, a JSON Lines batch (.jsonl: {"id","text"} a line) or '-' for standard input. \
        Every claim gets a verdict (supported, contradicted, unverifiable) with the computed figure, the \
        deviation and the tolerance. Legs named with one mode, sea or rail, are also routed on the coast and \
        shipping lanes (Data/sealanes.gpkg) or the railway graph (Data/railways.gpkg); --no-routing keeps \
        the geodesic only (faster for large batches). Exit codes: 0 all inputs analysed; 1 some inputs \
        failed (the others are still written); 2 usage error.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case geojson, geojsonseq, json, kml, markdown, text }

    @Argument(help: "Article files, or '-' for standard input.")
    var files: [String]

    @Option(help: "Output: geojson, geojsonseq (RFC 8142, features streamed article by article), json, markdown or text.")
    var format: Format = .text

    @Option(help: "Write to this file (atomically: a temporary file renamed into place) instead of standard output.")
    var out: String?

    @Flag(help: "Never show the progress bar (it is shown only when standard error is a terminal).")
    var noProgress = false

    @Option(help: "Also draw a map of the analysis: SVG, or an interactive offline page if PATH ends in .html.")
    var map: String?

    @Flag(help: "Do not route sea and rail legs on the networks; measure legs along the geodesic only.")
    var noRouting = false

    func run() throws {
        let gazetteer: Gazetteer
        do { gazetteer = try Gazetteer() } catch { throw CommandFailure(message: "\(error)") }
        var routing: LegRouting?
        if !noRouting {
            let loaded = LegRouting.load(beside: gazetteer)
            for note in loaded.notes { printError("routecheck: warning: \(note); those legs are measured along the geodesic only") }
            routing = loaded.routing
        }
        if let map, let out, OutputSink.sameFile(map, out) {
            throw UsageError(message: "--map \(map) is the same file as --out: the map would overwrite the report")
        }
        let analyzer = Analyzer(gazetteer: gazetteer, routing: routing)
        let inputs = ArticleInputs.read(files)
        let sink = try OutputSink(path: out)
        let progress = ProgressBar(total: inputs.count, enabled: !noProgress && inputs.count > 1 && isatty(2) == 1)
        let report: AnalysisReport
        if format == .geojsonseq {
            // Stream: each article's features as soon as it is analysed, then the inconsistencies.
            let writer = GeoJSONWriter()
            report = try analyzer.analyze(inputs, progress: { done, _ in progress.update(done) }) { article in
                for feature in ReportGeoJSON.features(article) { try sink.write(writer.sequenceRecord(.feature(feature))) }
            }
            for (index, item) in report.inconsistencies.enumerated() {
                try sink.write(writer.sequenceRecord(.feature(ReportGeoJSON.features(item, index: index))))
            }
        } else {
            report = analyzer.analyze(inputs) { done, _ in progress.update(done) }
            let text: String
            switch format {
            case .geojson: text = GeoJSONWriter().string(ReportGeoJSON.collection(report)) + "\n"
            case .kml: text = KMLWriter().string(ReportGeoJSON.collection(report), title: "RouteCheck analysis")
            case .json: text = ReportJSON.render(report).jsonText + "\n"
            case .markdown: text = ReportMarkdown.render(report, mapPath: map.map { URL(fileURLWithPath: $0).lastPathComponent })
            case .text, .geojsonseq: text = ReportText.render(report)
            }
            try sink.write(text)
        }
        progress.finish()
        try sink.commit()
        if let map {
            let text = try MapOutput.render(ReportGeoJSON.collection(report), gazetteer: gazetteer, html: map.hasSuffix(".html"),
                                            title: "RouteCheck: \(report.articles.count) article(s)")
            let mapSink = try OutputSink(path: map)
            try mapSink.write(text)
            try mapSink.commit()
        }
        for failure in report.failures { printError("routecheck: \(failure)") }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}

/// A one-line progress bar on standard error, only for terminals.
struct ProgressBar {
    let total: Int
    let enabled: Bool

    func update(_ done: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)".utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
