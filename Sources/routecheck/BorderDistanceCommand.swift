import ArgumentParser
import Foundation
import RouteCheckAnalysis
import RouteCheckGazetteer
import RouteCheckGeo

/// `routecheck border-distance PLACE COUNTRY`: geodesic distance to a country's territory.
struct BorderDistanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "border-distance",
        abstract: "Geodesic distance from a place to the nearest point of a country (or of your own geometry).",
        discussion: """
            PLACE is a name or 'lat,lon'. COUNTRY is an ISO code or an English or Indonesian name \
            ('UA', 'Ukraine', 'Ukraina'). The distance is 0 and 'inside' true when the place is in the \
            country. Territory: DCW-GMT as shipped by Debian gmt-dcw, the internationally recognised \
            borders (Crimea is part of Ukraine). With --reference FILE the distance is measured to every \
            geometry of a GeoJSON file instead (a front line, a disputed area).
            """
    )

    @Argument(help: "The place: a name or 'lat,lon'.")
    var place: String

    @Argument(help: "The country: ISO code or name. Omit it when --reference is given.")
    var country: String?

    @Option(help: "A GeoJSON file whose geometries replace the country.")
    var reference: String?

    @Option(help: "Unit for text output: m, km, mi or nmi.")
    var units: LengthUnit = .kilometers

    @Option(
        help:
            "Output: text, json (distance_m, inside, nearest [lon, lat], country), geojson, kml or gpkg (needs --out).")
    var format: OutputFormat = .text

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var out: String?

    @OptionGroup var data: DataOptions

    func validate() throws {
        try OutputFormat.requireOut(for: format, out: out)
        if country == nil && reference == nil { throw ValidationError("give a COUNTRY or --reference FILE") }
        if country != nil && reference != nil {
            throw ValidationError("give either a COUNTRY or --reference, not both")
        }
    }

    func run() throws {
        let resolver = PointResolver(data: data)
        let origin = try resolver.resolve(place, argument: "PLACE")
        let target: (label: String, code: String?, geometry: Geometry)
        if let reference {
            target = (reference, nil, try Self.readReference(reference))
        } else if let country {
            let found: Country
            do { found = try resolver.openGazetteer().country(country) } catch let error as GazetteerError {
                throw UsageError(message: "COUNTRY: \(error)")
            }
            target = (found.englishName, found.code, found.territory)
        } else {
            throw UsageError(message: "give a COUNTRY or --reference FILE")
        }
        let result = try GeodesicDistanceIndex(target.geometry).nearestPoint(to: origin.coordinate)
        var properties: ReportProperties = [
            .place: origin.json,
            .country: target.code.map(JSONValue.string) ?? .null,
            .reference: .string(target.label),
            .distanceMeters: .finite(result.distance.meters),
            .distance: .finite(result.distance.value(in: units)),
            .units: .string(units.symbol),
            .inside: .bool(result.isInside),
            .nearest: [.finite(result.nearest.longitude), .finite(result.nearest.latitude)],
            .azimuthDegrees: .finite(result.azimuth),
        ]
        switch format {
        case .text, .json:
            var text = ""
            if format == .json {
                text = JSONValue.object(properties.members).jsonText + "\n"
            } else {
                text = "\(origin.label) → \(target.label)\(target.code.map { " (\($0))" } ?? "")\n"
                if result.isInside {
                    text += "inside: yes (distance 0)\n"
                } else {
                    text += "distance:      \(ReportNumbers.length(result.distance, in: units))\n"
                    text +=
                        "nearest point: \(ReportNumbers.rounded(result.nearest.latitude, decimals: 5)),"
                        + "\(ReportNumbers.rounded(result.nearest.longitude, decimals: 5)) (lat,lon)\n"
                    if let azimuth = result.azimuth {
                        text += "azimuth:       \(ReportNumbers.rounded(azimuth, decimals: 2))°\n"
                    }
                }
            }
            let sink = try OutputSink(path: out)
            try sink.write(text)
            try sink.commit()
        case .geojson, .kml, .gpkg:
            properties[.place] = .string(origin.label)
            var features = [
                Feature(
                    geometry: .point(Point(origin.coordinate.position)),
                    report: [.role: .string(FeatureRole.place.rawValue), .name: .string(origin.label)]),
                Feature(
                    geometry: .point(Point(result.nearest.position)),
                    report: [.role: .string(FeatureRole.nearest.rawValue), .reference: .string(target.label)]),
            ]
            if !result.isInside {
                let line = try Geodesic.wgs84.line(
                    from: origin.coordinate, to: result.nearest, maximumDeviation: ClaimVerifier.lineTolerance)
                properties[.role] = .string(FeatureRole.distance.rawValue)
                features.append(Feature(geometry: line, report: properties))
            }
            try format.writeGeographic(
                FeatureCollection(features: features), title: "\(origin.label) → \(target.label)",
                out: out, defaultLayer: "features")
        }
    }

    /// The largest `--reference` file read (64 MB): a front line or a country outline is far smaller.
    static let maximumReferenceBytes = 64 << 20

    static func readReference(_ path: String) throws -> Geometry {
        let data: Data
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size > maximumReferenceBytes
        {
            throw CommandFailure(
                message: "--reference \(path) is \(size >> 20) MB; at most \(maximumReferenceBytes >> 20) MB is read")
        }
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw CommandFailure(message: "cannot read --reference \(path): \(error.localizedDescription)")
        }
        do {
            let geometries = try GeoJSONReader.read(data).geometries
            guard !geometries.isEmpty else { throw CommandFailure(message: "--reference \(path) has no geometry") }
            return geometries.count == 1 ? geometries[0] : .geometryCollection(GeometryCollection(geometries))
        } catch let error as GeometryError {
            throw CommandFailure(message: "--reference \(path): \(error)")
        }
    }
}
