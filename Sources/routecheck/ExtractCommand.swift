import ArgumentParser
import Foundation
import RouteCheckAnalysis
import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo

/// `routecheck extract FILE...`: places and claims read from articles, without verifying them.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find and resolve the places in articles and extract their geographic claims.",
        discussion: """
            FILE is a UTF-8 text file (one article) or a JSON Lines file (.jsonl, one {"id","text"} a line); \
            '-' reads one article from standard input. A file that cannot be read is reported and skipped; \
            the others are still read (exit code 1 when any failed).
            """
    )

    @Argument(help: "Article files, or '-' for standard input.")
    var files: [String]

    @Option(
        help:
            ArgumentHelp(
                "Output: json (one object per article, in an array), jsonl (one a line) or geojson (places and claims as "
                    + "features)."
            ))
    var format: ExtractFormat = .json

    @Option(help: "Write to this file (atomically: a temporary file renamed into place) instead of standard output.")
    var out: String?

    @OptionGroup var batch: BatchOptions

    @OptionGroup var coordinates: CoordinateOptions

    enum ExtractFormat: String, ExpressibleByArgument, CaseIterable { case json, jsonl, geojson }

    @OptionGroup var data: DataOptions

    func run() throws {
        let gazetteer = try data.openGazetteer()
        let extractor = ArticleExtractor(gazetteer: gazetteer)
        let sink = try OutputSink(path: out)
        let progress = batch.progressBar(for: files)
        let writer = GeoJSONWriter(coordinatePrecision: coordinates.precision)
        let format = format
        var failures: [String] = []
        var written = 0, done = 0
        // Streamed in input order: the array's brackets around the articles' texts, each made on a worker thread.
        try sink.write(
            format == .jsonl ? "" : format == .json ? "[" : "{\"type\":\"FeatureCollection\",\"features\":[\n")
        var inputs = ArticleStream(files: files)
        // Each input gives its text or the reason it failed (a worker cannot throw across threads).
        try OrderedParallelMap.run(
            &inputs, jobs: batch.jobs,
            transform: { input -> (text: String?, failure: String?) in
                switch input {
                case .failure(let error): return (nil, "\(error)")
                case .success(let article):
                    do {
                        let extraction = try extractor.extract(article)
                        switch format {
                        case .json, .jsonl: return (extraction.json.jsonText, nil)
                        case .geojson:
                            return (
                                ExtractionGeoJSON.features(extraction).map(writer.string).joined(separator: ",\n"), nil
                            )
                        }
                    } catch {
                        return (nil, "\(article.source): \(error)")
                    }
                }
            }
        ) { result in
            done += 1
            progress.update(done)
            switch (result.text, result.failure) {
            case (_, .some(let failure)): failures.append(failure)
            case (nil, nil): break
            case (.some(let text), nil):
                if format == .jsonl {
                    try sink.write(text + "\n")
                    return
                }
                guard !text.isEmpty else { return }
                try sink.write((written == 0 ? "" : format == .json ? "," : ",\n") + text)
                written += 1
            }
        }
        try sink.write(format == .jsonl ? "" : format == .json ? "]\n" : "\n]}\n")
        progress.finish()
        try sink.commit()
        for failure in failures { printError("routecheck: \(failure)") }
        if !failures.isEmpty { throw ExitCode(1) }
    }
}

/// Reads the command line's inputs: files, JSON Lines, or '-' for standard input.
enum ArticleInputs {
    static func read(_ files: [String]) -> [Result<ArticleInput, ArticleInputError>] {
        files.flatMap { file -> [Result<ArticleInput, ArticleInputError>] in
            if file == "-" {
                return [ArticleReader.read(FileHandle.standardInput, id: "stdin", source: "stdin")]
            }
            return ArticleReader.read(path: file)
        }
    }
}
