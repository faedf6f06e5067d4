import ArgumentParser
import Foundation
import RouteCheckAnalysis
import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo
import RouteCheckMaps

/// `routecheck map INPUT...`: an SVG map (or an offline HTML page) of an analysis or of any GeoJSON file.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw an SVG map (or, with --html, an interactive offline HTML page) of articles or GeoJSON.",
        discussion: """
            INPUT is GeoJSON (.geojson or .json: RouteCheck's own output or any file) or articles, which are \
            analysed first. The projection is a Lambert azimuthal equal-area centred on the data (PROJ); lines \
            follow geodesics; land and borders come from the embedded data.
            """
    )

    @Argument(help: "GeoJSON files or article files.")
    var inputs: [String]

    @Flag(help: "Write an interactive, self-contained HTML page (Leaflet inlined) instead of SVG.")
    var html = false

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    @Option(help: "The map's title.")
    var title: String = "RouteCheck map"

    @OptionGroup var data: DataOptions

    func run() throws {
        let gazetteer = try data.openGazetteer()
        var features: [Feature] = []
        var articles: [String] = []
        for input in inputs {
            if input.hasSuffix(".geojson") || input.hasSuffix(".json") {
                let data: Data
                do { data = try Data(contentsOf: URL(fileURLWithPath: input)) } catch {
                    throw CommandFailure(message: "cannot read \(input): \(error.localizedDescription)")
                }
                do {
                    switch try GeoJSONReader.read(data) {
                    case .featureCollection(let collection): features += collection.features
                    case .feature(let feature): features.append(feature)
                    case .geometry(let geometry): features.append(Feature(geometry: geometry))
                    }
                } catch { throw CommandFailure(message: "\(input): \(error)") }
            } else {
                articles.append(input)
            }
        }
        if !articles.isEmpty {
            let report = try Analyzer(gazetteer: gazetteer, routing: LegRouting.load(beside: gazetteer).routing)
                .analyze(ArticleInputs.read(articles), jobs: OrderedParallelMap.availableCores)
            for failure in report.failures { printError("routecheck: \(failure)") }
            features += ReportGeoJSON.collection(report).features
        }
        let text = try MapOutput.render(
            FeatureCollection(features: features), gazetteer: gazetteer, html: html, title: title)
        let sink = try OutputSink(path: out)
        try sink.write(text)
        try sink.commit()
    }
}

enum MapOutput {
    static func render(
        _ collection: FeatureCollection, gazetteer: Gazetteer, html: Bool, title: String
    ) throws -> String {
        do {
            if html { return try HTMLMapRenderer(gazetteer: gazetteer).render(collection, title: title) }
            return try SVGMapRenderer(gazetteer: gazetteer).render(collection, title: title)
        } catch let error as HTMLMapRenderer.HTMLMapError {
            throw CommandFailure(message: "\(error)")
        } catch let error as GeometryError {
            throw CommandFailure(message: "cannot draw the map: \(error)")
        }
    }
}
