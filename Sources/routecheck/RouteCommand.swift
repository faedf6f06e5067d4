import ArgumentParser
import Foundation
import RouteCheckAnalysis
import RouteCheckGazetteer
import RouteCheckGeo
import RouteCheckRouting

/// `routecheck route A B [C ...] --mode sea|rail|geodesic`: realistic legs by sea and rail.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Route legs between places by sea or rail (or along the geodesic) and compare with the geodesic.",
        discussion: """
            Points are names or 'lat,lon'. --mode gives one mode for all legs or one per leg, comma separated \
            (sea, rail, geodesic). Sea legs under 1,000 km run on a visibility graph of the coast \
            and never cross the land polygons of Data/routecheck.gpkg; longer ones leave through the shipping \
            lanes of Data/sealanes.gpkg (searoute, Apache-2.0, taken as given: coarse, they may clip headlands); ports are moved to the nearest water (300 m off the \
            land polygons) and the distance moved is reported. Rail legs run on Data/railways.gpkg \
            (OpenStreetMap via scgraph-data, ODbL); the ends are moved to the nearest railway node, and lengths are along the track \
            (OpenStreetMap way lengths; path_geodesic_m gives the simplified geometry's length). A move over 10 km \
            is warned about. Sea lengths are geodesic along the returned path. Metres in json and geojson, \
            kilometres in text.

            Examples:
              routecheck route Najin Dunay --mode sea
              routecheck route Dunay Tikhoretsk --mode rail --within RU
              routecheck route Najin Dunay Tikhoretsk --mode sea,rail --within RU \\
                --format geojson --out route.geojson
            """
    )

    enum Mode: String, ExpressibleByArgument {
        case sea, rail, geodesic

        /// The router's mode.
        var routed: RoutedLeg.Mode {
            switch self {
            case .sea: .sea
            case .rail: .rail
            case .geodesic: .geodesic
            }
        }
    }

    @Argument(help: "Two or more points: names or 'lat,lon'.")
    var points: [String]

    @Option(help: "sea, rail or geodesic, for all legs or one per leg (comma separated).")
    var mode: String = "rail"

    @Option(help: "Rail only: keep the path inside these countries (ISO codes, comma separated, e.g. RU).")
    var within: String?

    @Option(
        parsing: .singleValue,
        help: "Rail only: a waypoint the first leg must pass (name or lat,lon); repeatable, in order.")
    var via: [String] = []

    @Option(help: "Output: text, json, geojson (a FeatureCollection of legs), kml or gpkg (needs --out).")
    var format: OutputFormat = .text

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    @OptionGroup var data: DataOptions

    func validate() throws {
        try OutputFormat.requireOut(for: format, out: out)
        guard points.count >= 2 else { throw ValidationError("give at least two points") }
        let modes = mode.split(separator: ",").map(String.init)
        guard modes.allSatisfy({ Mode(rawValue: $0) != nil }) else {
            throw ValidationError("--mode takes sea, rail or geodesic, got '\(mode)'")
        }
        guard modes.count == 1 || modes.count == points.count - 1 else {
            throw ValidationError("--mode gives one mode or one per leg (\(points.count - 1) legs), got \(modes.count)")
        }
    }

    func run() throws {
        let resolver = PointResolver(data: data)
        let stops = try points.enumerated().map { try resolver.resolve($1, argument: "point \($0 + 1)") }
        let waypoints = try via.map { try resolver.resolve($0, argument: "--via").coordinate }
        let modes = mode.split(separator: ",").compactMap { Mode(rawValue: String($0)) }
        let countries = within.map { Set($0.uppercased().split(separator: ",").map(String.init)) }
        for code in countries ?? [] {
            // Each code must name a country of the gazetteer: `--within ZZ` would otherwise find no path at all.
            guard code.count == 2, (try? resolver.openGazetteer().country(code)) != nil else {
                throw UsageError(message: "--within: '\(code)' is not an ISO 3166-1 alpha-2 code of a known country")
            }
        }
        let started = Date()
        let routing: LegRouting
        do {
            routing = try LegRouting.load(beside: try resolver.openGazetteer(), for: Set(modes.map(\.routed)))
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        let loadSeconds = Date().timeIntervalSince(started)
        let legs: [RoutedLeg]
        do {
            legs = try routing.route(
                stops: stops.map { LegRouting.Stop(coordinate: $0.coordinate, label: $0.label) },
                modes: modes.map(\.routed), via: waypoints, within: countries)
        } catch let error as RoutingError {
            throw CommandFailure(message: "\(error)")
        }
        for warning in legs.flatMap(\.warnings) { printError("routecheck: warning: \(warning)") }
        let total = legs.reduce(Length.zero) { $0 + $1.distance }
        // The keys `analyze` writes on its legs, from the same schema.
        func properties(_ leg: RoutedLeg, _ index: Int) -> ReportProperties {
            var properties = ReportGeoJSON.routedLegProperties(leg, geodesic: leg.geodesic)
            properties.merge([
                .role: .string(FeatureRole.leg.rawValue), .from: .string(stops[index].label),
                .to: .string(stops[index + 1].label), .mode: .string(leg.mode.rawValue),
                .distanceMeters: .finite(leg.distance.meters),
            ]) { $1 }
            return properties
        }
        var output = ""
        switch format {
        case .text:
            for (index, leg) in legs.enumerated() {
                output +=
                    ("\(stops[index].label) → \(stops[index + 1].label) [\(leg.mode.rawValue)]: \(ReportNumbers.length(leg.distance, in: .kilometers, decimals: 1)) "
                        + "(geodesic \(ReportNumbers.length(leg.geodesic, in: .kilometers, decimals: 1)), detour "
                        + "×\(ReportNumbers.rounded(leg.detourRatio, decimals: 3)), "
                        + "ends moved \(ReportNumbers.length(leg.snapFrom, in: .kilometers, decimals: 1)) / "
                        + "\(ReportNumbers.length(leg.snapTo, in: .kilometers, decimals: 1)); \(leg.method))\n")
            }
            output +=
                "total: \(ReportNumbers.length(total, in: .kilometers, decimals: 1))"
                + (routing.rail != nil || routing.sea != nil
                    ? " (networks loaded in \(ReportNumbers.rounded(loadSeconds, decimals: 2)) s)" : "") + "\n"
        case .json:
            output =
                JSONValue.object([
                    "legs": .array(legs.enumerated().map { .object(properties($1, $0).members) }),
                    "total_m": .finite(total.meters),
                ]).jsonText + "\n"
        case .geojson, .kml, .gpkg:
            let features = legs.enumerated().map { index, leg in
                Feature(
                    geometry: leg.drawnLine(maximumDeviation: ClaimVerifier.lineTolerance),
                    report: properties(leg, index))
            }
            let collection = FeatureCollection(features: features, foreignMembers: ["total_m": .finite(total.meters)])
            try format.writeGeographic(
                collection, title: points.joined(separator: " → "), out: out, defaultLayer: "legs")
            return
        }
        let sink = try OutputSink(path: out)
        try sink.write(output)
        try sink.commit()
    }
}
