import ArgumentParser
import RouteCheckAnalysis
import RouteCheckGeo

/// `routecheck distance A B`: the geodesic between two points.
struct DistanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distance",
        abstract: "Geodesic distance and azimuths between two points on WGS 84.",
        discussion: """
            Each point is 'lat,lon' in decimal degrees (e.g. 42.25,130.30) or a place name from the \
            embedded gazetteer (e.g. Najin). Negative coordinates work as they are: \
            routecheck distance -33.92,18.42 51.5,-0.12
            """
    )

    @Argument(help: "The start point: 'lat,lon' or a place name.")
    var from: String

    @Argument(help: "The end point: 'lat,lon' or a place name.")
    var to: String

    @Option(help: "Unit for text output: m, km, mi (statute, 1609.344 m) or nmi (1852 m).")
    var units: LengthUnit = .kilometers

    @Option(
        help:
            ArgumentHelp(
                "Output: text, json (distance_m, azimuth1_deg, azimuth2_deg), geojson (a Feature), kml or gpkg (needs "
                    + "--out)."
            ))
    var format: OutputFormat = .text

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    @Option(help: "GeoJSON, KML and GeoPackage: the largest gap between points along the geodesic, in km.")
    var spacingKm: Double = 10

    @OptionGroup var data: DataOptions

    func validate() throws {
        try OutputFormat.requireOut(for: format, out: out)
        guard spacingKm.isFinite, spacingKm > 0 else {
            throw ValidationError("--spacing-km must be a positive number, got \(spacingKm)")
        }
    }

    func run() throws {
        let resolver = PointResolver(data: data)
        let start = try resolver.resolve(from, argument: "A")
        let end = try resolver.resolve(to, argument: "B")
        let geodesic = Geodesic.wgs84
        let inverse = geodesic.inverse(from: start.coordinate, to: end.coordinate)
        let properties: ReportProperties = [
            .role: .string(FeatureRole.geodesic.rawValue),
            .from: .string(start.label),
            .to: .string(end.label),
            .distanceMeters: .finite(inverse.distance.meters),
            .distance: .finite(inverse.distance.value(in: units)),
            .units: .string(units.symbol),
            .initialAzimuthDegrees: .finite(inverse.initialAzimuth),
            .finalAzimuthDegrees: .finite(inverse.finalAzimuth),
            .ellipsoid: "WGS 84",
        ]
        switch format {
        case .text, .json:
            var text: String
            if format == .text {
                text = "\(start.label) → \(end.label)\n"
                text += "distance:        \(ReportNumbers.length(inverse.distance, in: units))\n"
                text += "initial azimuth: \(ReportNumbers.rounded(inverse.initialAzimuth, decimals: 6))°\n"
                text += "final azimuth:   \(ReportNumbers.rounded(inverse.finalAzimuth, decimals: 6))°\n"
            } else {
                var object = properties
                object[.role] = nil
                object[.from] = start.json
                object[.to] = end.json
                text = JSONValue.object(object.members).jsonText + "\n"
            }
            let sink = try OutputSink(path: out)
            try sink.write(text)
            try sink.commit()
        case .geojson:
            let line = try geodesic.line(
                from: start.coordinate, to: end.coordinate,
                maximumSpacing: .kilometers(spacingKm))
            let sink = try OutputSink(path: out)
            try sink.write(GeoJSONWriter().string(Feature(geometry: line, report: properties)) + "\n")
            try sink.commit()
        case .kml, .gpkg:
            let line = try geodesic.line(
                from: start.coordinate, to: end.coordinate,
                maximumSpacing: .kilometers(spacingKm))
            try format.writeGeographic(
                FeatureCollection(features: [Feature(geometry: line, report: properties)]),
                title: "\(start.label) → \(end.label)", out: out, defaultLayer: "geodesics")
        }
    }
}
