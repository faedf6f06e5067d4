import ArgumentParser
import Foundation
import RouteCheckAnalysis
import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo
import RouteCheckMaps

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

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case geojson, geojsonseq, json, kml, gpkg, markdown, text
    }

    @Argument(help: "Article files, or '-' for standard input.")
    var files: [String]

    @Option(
        help:
            ArgumentHelp(
                "Output: geojson, geojsonseq (RFC 8142), json, kml, gpkg (a GeoPackage with layers articles, places, "
                    + "legs, claims; needs --out), markdown or text."
            ))
    var format: Format = .text

    @Option(help: "Write to this file (atomically: a temporary file renamed into place) instead of standard output.")
    var out: String?

    @OptionGroup var batch: BatchOptions

    @OptionGroup var coordinates: CoordinateOptions

    @Option(help: "Also draw a map of the analysis: SVG, or an interactive offline page if PATH ends in .html.")
    var map: String?

    @Flag(help: "Do not route sea and rail legs on the networks; measure legs along the geodesic only.")
    var noRouting = false

    @Option(
        name: .customLong("front-line"),
        help: ArgumentHelp(
            "A GeoJSON file with the front line (lines or polygons): distances 'from the front line' are measured to "
                + "it instead of being unverifiable.", valueName: "file"))
    var frontLine: String?

    @Option(
        name: .customLong("lang"),
        help:
            ArgumentHelp(
                "Language of the reasons, tolerances and report headings: en (English) or id (Indonesian). Keys, verdicts "
                    + "and check kinds stay the same."
            ))
    var language: ReportLanguage = .en

    @OptionGroup var data: DataOptions

    func validate() throws {
        try OutputFormat.requireOut(database: format == .gpkg, out: out)
    }

    func run() throws {
        let gazetteer = try data.openGazetteer()
        var routing: LegRouting?
        if !noRouting {
            let loaded = LegRouting.load(beside: gazetteer)
            for note in loaded.notes {
                printError("routecheck: warning: \(note); those legs are measured along the geodesic only")
            }
            routing = loaded.routing
        }
        if let map, let out, OutputSink.sameFile(map, out) {
            throw UsageError(message: "--map \(map) is the same file as --out: the map would overwrite the report")
        }
        var front: ClaimVerifier.FrontLine?
        if let frontLine {
            do {
                front = try ClaimVerifier.FrontLine(
                    BorderDistanceCommand.readReference(frontLine),
                    source: URL(fileURLWithPath: frontLine).lastPathComponent)
            } catch let error as CommandFailure {
                throw CommandFailure(
                    message: error.message.replacingOccurrences(of: "--reference", with: "--front-line"))
            } catch {
                throw UsageError(message: "--front-line \(frontLine): \(error)")
            }
        }
        let analyzer = Analyzer(gazetteer: gazetteer, routing: routing, frontLine: front)
        let sink = try OutputSink(path: out)
        let progress = batch.progressBar(for: files)
        var inputs = ArticleStream(files: files)
        let writer = GeoJSONWriter(coordinatePrecision: coordinates.precision)
        let language = language
        let failures: [String]
        var collection: FeatureCollection?
        switch format {
        case .geojsonseq, .geojson:
            // Streamed: each article's features are written as soon as it (and those before it) are analysed.
            let sequence = format == .geojsonseq
            var kept: [ArticleReport] = []
            var first = true
            if !sequence { try sink.write("{\"type\":\"FeatureCollection\",\"features\":[\n") }
            let keepReports = map != nil
            let summary = try analyzer.analyzeBatch(
                &inputs, jobs: batch.jobs,
                render: { report in
                    let text = ReportGeoJSON.features(report, language: language).map {
                        sequence ? writer.sequenceRecord(.feature($0)) : writer.string($0)
                    }
                    return (text, keepReports ? report : nil)
                }, progress: progress.update
            ) { rendered in
                if let report = rendered.1 { kept.append(report) }
                guard !rendered.0.isEmpty else { return }
                if sequence {
                    try sink.write(rendered.0.joined())
                } else {
                    try sink.write((first ? "" : ",\n") + rendered.0.joined(separator: ",\n"))
                    first = false
                }
            }
            let extra = summary.inconsistencies.enumerated().map {
                ReportGeoJSON.features($1, index: $0, language: language)
            }
            if sequence {
                try sink.write(extra.map { writer.sequenceRecord(.feature($0)) }.joined())
            } else {
                try sink.write(extra.map { (first ? "" : ",\n") + writer.string($0) }.joined() + "\n]}\n")
            }
            failures = summary.failures
            if keepReports {
                collection = ReportGeoJSON.collection(
                    AnalysisReport(
                        articles: kept, inconsistencies: summary.inconsistencies,
                        failures: summary.failures), language: language)
            }
        case .json, .kml, .gpkg, .markdown, .text:
            // Whole-report formats: every article is kept until the end.
            var articles: [ArticleReport] = []
            let summary = try analyzer.analyzeBatch(
                &inputs, jobs: batch.jobs, render: { $0 }, progress: progress.update
            ) {
                articles.append($0)
            }
            let report = AnalysisReport(
                articles: articles, inconsistencies: summary.inconsistencies, failures: summary.failures)
            var text = ""
            switch format {
            case .gpkg:
                try sink.writeFile { path in
                    try GeoPackageWriter().write(ReportGeoJSON.collection(report, language: language), to: path) {
                        GeoPackageLayers.layer(of: $0, otherwise: "features")
                    }
                }
            case .kml:
                text = KMLWriter(coordinatePrecision: coordinates.precision)
                    .string(ReportGeoJSON.collection(report, language: language), title: "RouteCheck analysis")
            case .json: text = ReportJSON.render(report, language: language).jsonText + "\n"
            case .markdown:
                text = ReportMarkdown.render(
                    report, title: language == .id ? "Laporan RouteCheck" : "RouteCheck report",
                    mapPath: map.map { URL(fileURLWithPath: $0).lastPathComponent }, language: language)
            case .text, .geojson, .geojsonseq: text = ReportText.render(report, language: language)
            }
            if format != .gpkg { try sink.write(text) }
            failures = summary.failures
            if map != nil { collection = ReportGeoJSON.collection(report, language: language) }
        }
        progress.finish()
        try sink.commit()
        if let map, let collection {
            let articleCount = collection.features.filter { $0.role == .article }.count
            let text = try MapOutput.render(
                collection, gazetteer: gazetteer, html: map.hasSuffix(".html"),
                title: "RouteCheck: \(articleCount) article(s)")
            let mapSink = try OutputSink(path: map)
            try mapSink.write(text)
            try mapSink.commit()
        }
        for failure in failures { printError("routecheck: \(failure)") }
        if !failures.isEmpty { throw ExitCode(1) }
    }
}

/// A one-line progress bar on standard error, only for terminals.
struct ProgressBar {
    let total: Int
    let enabled: Bool

    func update(_ done: Int) {
        guard enabled else { return }
        guard total > 0 else {
            FileHandle.standardError.write(Data("\r\(done) done".utf8))
            return
        }
        let width = 30
        let filled = min(done, total) * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)".utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

extension ReportLanguage: ExpressibleByArgument {}
