import ArgumentParser
import Foundation
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

    @Option(help: "Output: json (one object per article, in an array) or geojson (places and claims as features).")
    var format: ExtractFormat = .json

    enum ExtractFormat: String, ExpressibleByArgument, CaseIterable { case json, geojson }

    func run() throws {
        let gazetteer: Gazetteer
        do { gazetteer = try Gazetteer() } catch { throw CommandFailure(message: "\(error)") }
        let extractor = ArticleExtractor(gazetteer: gazetteer)
        var failures = 0
        var results: [ArticleExtraction] = []
        for input in ArticleInputs.read(files) {
            switch input {
            case .failure(let error):
                printError("routecheck: \(error)")
                failures += 1
            case .success(let article):
                results.append(try extractor.extract(article))
            }
        }
        switch format {
        case .json:
            print(JSONValue.array(results.map(\.json)).jsonText)
        case .geojson:
            print(GeoJSONWriter().string(FeatureCollection(features: results.flatMap(ExtractionFeatures.features))))
        }
        if failures > 0 { throw ExitCode(1) }
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

/// GeoJSON features of an extraction: one Point a resolved mention (role "place") and one feature a
/// claim (role "claim") located at its subject or first place.
enum ExtractionFeatures {
    static func features(_ extraction: ArticleExtraction) -> [Feature] {
        var features: [Feature] = []
        for mention in extraction.mentions {
            guard let entry = mention.resolved else { continue }
            features.append(Feature(geometry: .point(Point(entry.coordinate.position)), properties: [
                "role": "place", "article": .string(extraction.input.id), "text": .string(mention.text),
                "entry_id": .string(entry.id), "name": .string(entry.name), "kind": .string(entry.kind.rawValue),
                "score": .finite(mention.score), "start": .number(Double(mention.span.start)),
            ]))
        }
        for claim in extraction.claims {
            var properties = claim.json.objectValue
            properties["role"] = "claim"
            properties["article"] = .string(extraction.input.id)
            let point: GeographicCoordinate?
            switch claim.payload {
            case .distance(let d): point = d.subject?.resolved?.coordinate
            case .route(let r): point = r.legs.first?.from.resolved?.coordinate
            case .placement(let p): point = p.subject.resolved?.coordinate
            case .event(let e): point = e.location.resolved?.coordinate
            }
            // Nested objects are flattened to text so GIS tools show them as plain attributes.
            for (key, value) in properties {
                if case .object = value { properties[key] = .string(value.jsonText) }
                if case .array = value { properties[key] = .string(value.jsonText) }
            }
            features.append(Feature(geometry: point.map { .point(Point($0.position)) }, properties: properties))
        }
        return features
    }
}
