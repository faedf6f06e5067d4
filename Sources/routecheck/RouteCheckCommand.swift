import ArgumentParser

/// `routecheck`: geodesic distances, geocoding and border distances from the shell.
struct RouteCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routecheck",
        abstract: "Check the geography in news about routes, shipments and borders.",
        discussion: """
            Distances are geodesics on WGS 84 (PROJ). Coordinates are given as 'lat,lon' in decimal \
            degrees; GeoJSON output uses [lon, lat] as RFC 7946 requires. Exit codes: 0 success, \
            1 a failure while working, 2 a usage error (bad argument or coordinate).
            """,
        version: RouteCheckVersion.string,
        subcommands: [
            DistanceCommand.self, GeocodeCommand.self, BorderDistanceCommand.self, ExtractCommand.self,
            AnalyzeCommand.self, EvaluateCommand.self, MapCommand.self, RouteCommand.self, InfoCommand.self,
        ]
    )
}

/// The version `routecheck --version` prints: the release and the embedded gazetteer it was built for.
enum RouteCheckVersion {
    static let release = "0.5.0"
    static let string =
        "routecheck \(release) (gazetteer: GeoNames cities500, DCW-GMT, Natural Earth admin-1 and areas)"
}
