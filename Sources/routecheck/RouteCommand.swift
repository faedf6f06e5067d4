import ArgumentParser
import Foundation
import RouteCheckGazetteer
import RouteCheckGeo
import RouteCheckRouting

/// `routecheck route A B [C ...] --mode rail|geodesic`: realistic legs on the railway network.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Route legs between places on the railway network (or along the geodesic) and compare with the geodesic.",
        discussion: """
        Points are names or 'lat,lon'. --mode gives one mode for all legs or one per leg, comma separated \
        (rail, geodesic). Rail legs run on Data/railways.gpkg (OpenStreetMap via scgraph-data, ODbL); the \
        ends are moved to the nearest railway node and the distance moved is reported (a warning above 10 km). \
        Lengths are measured geodesically along the returned path. Sea routing is not available yet.
        """
    )

    enum Mode: String, ExpressibleByArgument { case rail, geodesic }

    @Argument(help: "Two or more points: names or 'lat,lon'.")
    var points: [String]

    @Option(help: "rail or geodesic, for all legs or one per leg (comma separated).")
    var mode: String = "rail"

    @Option(help: "Rail only: keep the path inside these countries (ISO codes, comma separated, e.g. RU).")
    var within: String?

    @Option(parsing: .singleValue, help: "Rail only: a waypoint the route must pass (name or lat,lon); repeatable.")
    var via: [String] = []

    @Option(help: "Output: text, json or geojson (a FeatureCollection of legs).")
    var format: OutputFormat = .text

    func validate() throws {
        guard points.count >= 2 else { throw ValidationError("give at least two points") }
        let modes = mode.split(separator: ",").map(String.init)
        guard modes.allSatisfy({ Mode(rawValue: $0) != nil }) else { throw ValidationError("--mode takes rail or geodesic, got '\(mode)'") }
        guard modes.count == 1 || modes.count == points.count - 1 else {
            throw ValidationError("--mode gives one mode or one per leg (\(points.count - 1) legs), got \(modes.count)")
        }
    }

    func run() throws {
        let resolver = PointResolver()
        let stops = try points.enumerated().map { try resolver.resolve($1, argument: "point \($0 + 1)") }
        let waypoints = try via.map { try resolver.resolve($0, argument: "--via").coordinate }
        let modes = mode.split(separator: ",").compactMap { Mode(rawValue: String($0)) }
        let countries = within.map { Set($0.uppercased().split(separator: ",").map(String.init)) }
        var router: RailRouter?
        var loadSeconds = 0.0
        if modes.contains(.rail) {
            let path = URL(fileURLWithPath: try resolver.openGazetteer().path).deletingLastPathComponent().appendingPathComponent("railways.gpkg").path
            let started = Date()
            do { router = RailRouter(network: try RailNetwork(path: path)) } catch { throw CommandFailure(message: "\(error)") }
            loadSeconds = Date().timeIntervalSince(started)
        }
        var legs: [RoutedLeg] = []
        for index in 0..<(stops.count - 1) {
            let legMode = modes.count == 1 ? modes[0] : modes[index]
            let from = stops[index], to = stops[index + 1]
            do {
                if legMode == .rail, let router {
                    legs.append(try router.route(from: from.coordinate, to: to.coordinate, via: index == 0 ? waypoints : [],
                                                 within: countries, labels: (from.label, to.label)))
                } else {
                    legs.append(try RailRouter.geodesicLeg(from: from.coordinate, to: to.coordinate))
                }
            } catch let error as RoutingError {
                throw CommandFailure(message: "\(error)")
            }
        }
        for warning in legs.flatMap(\.warnings) { printError("routecheck: warning: \(warning)") }
        let total = legs.reduce(Length.zero) { $0 + $1.distance }
        func properties(_ leg: RoutedLeg, _ index: Int) -> [String: JSONValue] {
            ["role": "leg", "from": .string(stops[index].label), "to": .string(stops[index + 1].label), "mode": .string(leg.mode),
             "distance_m": .finite(leg.distance.meters), "geodesic_m": .finite(leg.geodesic.meters),
             "detour_ratio": .finite(leg.detourRatio), "snap_from_m": .finite(leg.snapFrom.meters), "snap_to_m": .finite(leg.snapTo.meters)]
        }
        switch format {
        case .text:
            for (index, leg) in legs.enumerated() {
                print("\(stops[index].label) → \(stops[index + 1].label) [\(leg.mode)]: \(formatLength(leg.distance, .kilometers, decimals: 1)) "
                      + "(geodesic \(formatLength(leg.geodesic, .kilometers, decimals: 1)), detour ×\(roundedString(leg.detourRatio, decimals: 3)), "
                      + "snapped \(formatLength(leg.snapFrom, .kilometers, decimals: 1)) / \(formatLength(leg.snapTo, .kilometers, decimals: 1)))")
            }
            print("total: \(formatLength(total, .kilometers, decimals: 1))" + (router != nil ? " (network loaded in \(roundedString(loadSeconds, decimals: 2)) s)" : ""))
        case .json:
            print(JSONValue.object(["legs": .array(legs.enumerated().map { .object(properties($1, $0)) }),
                                    "total_m": .finite(total.meters)]).jsonText)
        case .geojson:
            let features = legs.enumerated().map { index, leg in
                Feature(geometry: AntimeridianSplitter.geometry(for: leg.path.map(\.position)), properties: properties(leg, index))
            }
            print(GeoJSONWriter().string(FeatureCollection(features: features, foreignMembers: ["total_m": .finite(total.meters)])))
        }
    }
}
