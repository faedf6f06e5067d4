import ArgumentParser
import RouteCheckAnalysis
import RouteCheckGazetteer
import RouteCheckGeo

/// `routecheck geocode NAME`: candidates from the embedded gazetteer.
struct GeocodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geocode",
        abstract: "Look a place name up in the embedded gazetteer (offline).",
        discussion: """
            Names are matched after normalisation (case, accents, apostrophes and hyphens do not matter), \
            with a small edit-distance fallback for names of five letters or more. Indonesian and English \
            names work: 'Korea Utara', 'Laut Hitam', 'Moskow'.
            """
    )

    @Argument(help: "The name to look up.")
    var name: String

    @Option(help: "Prefer places in this country (ISO 3166-1 alpha-2, e.g. RU).")
    var country: String?

    @Option(help: "Number of candidates to show.")
    var limit: Int = 5

    @Option(
        help:
            ArgumentHelp(
                "Output: text, json ({candidates: [...]}), geojson (a FeatureCollection of points), kml or gpkg (needs "
                    + "--out)."
            ))
    var format: OutputFormat = .text

    @Option(help: "GeoJSON, KML and GeoPackage: write to this file (atomically) instead of standard output.")
    var out: String?

    @OptionGroup var data: DataOptions

    func validate() throws {
        try OutputFormat.requireOut(for: format, out: out)
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        if let country, country.count != 2 || !country.allSatisfy(\.isLetter) {
            throw ValidationError("--country takes an ISO 3166-1 alpha-2 code such as RU, got '\(country)'")
        }
    }

    func run() throws {
        let gazetteer = try PointResolver(data: data).openGazetteer()
        let candidates = try gazetteer.candidates(for: name, countryBias: country, limit: limit)
        guard !candidates.isEmpty else {
            throw UsageError(
                message: "\(GazetteerError.unknownName(name, suggestions: try gazetteer.suggestions(for: name)))")
        }
        switch format {
        case .text:
            for (rank, c) in candidates.enumerated() {
                let population = c.population.map { " pop. \($0)" } ?? ""
                print(
                    "\(rank + 1). \(c.name) [\(c.kind.rawValue), \(c.countryCode ?? "-")] "
                        + "\(ReportNumbers.rounded(c.coordinate.latitude, decimals: 5)),\(ReportNumbers.rounded(c.coordinate.longitude, decimals: 5))"
                        + "\(population) score \(c.score) (\(c.id), matched '\(c.matchedName)')")
            }
        case .json:
            print(JSONValue.object(["query": .string(name), "candidates": .array(candidates.map(\.json))]).jsonText)
        case .geojson, .kml, .gpkg:
            let features = candidates.map { c in
                Feature(
                    geometry: .point(Point(c.coordinate.position)), properties: c.json.objectValue, id: .string(c.id))
            }
            try format.writeGeographic(
                FeatureCollection(features: features), title: name, out: out, defaultLayer: "candidates")
        }
    }
}

extension JSONValue {
    var objectValue: [String: JSONValue] { if case .object(let o) = self { o } else { [:] } }
}
