import ArgumentParser
import RouteCheckAnalysis
import RouteCheckGeo
import RouteCheckMaps

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, geojson, kml, gpkg

    /// A map-ready result as GeoJSON (RFC 7946) or KML 2.2 (Google Earth); nil for the other formats.
    func geographic(_ collection: FeatureCollection, title: String, precision: Int = 7) -> String? {
        switch self {
        case .geojson: GeoJSONWriter(coordinatePrecision: precision).string(collection)
        case .kml: KMLWriter(coordinatePrecision: precision).string(collection, title: title)
        case .text, .json, .gpkg: nil
        }
    }

    /// Writes a map-ready result to `out` (standard output when nil) as GeoJSON, KML or a GeoPackage (which needs
    /// `out`: it is a database, not text). GeoPackage layers are named by the features' `role` ("places", "legs",
    /// "claims" …), `defaultLayer` for features without one.
    func writeGeographic(
        _ collection: FeatureCollection, title: String, out: String?, defaultLayer: String,
        precision: Int = 7
    ) throws {
        let sink = try OutputSink(path: out)
        if self == .gpkg {
            try sink.writeFile { path in
                try GeoPackageWriter().write(collection, to: path) {
                    GeoPackageLayers.layer(of: $0, otherwise: defaultLayer)
                }
            }
        } else {
            try sink.write((geographic(collection, title: title, precision: precision) ?? "") + "\n")
        }
        try sink.commit()
    }

    /// `--format gpkg` without `--out` is a usage error (exit 2), found before any work.
    static func requireOut(for format: OutputFormat, out: String?) throws {
        try requireOut(database: format == .gpkg, out: out)
    }

    /// The same check for any command's format: `database` when it writes a GeoPackage.
    static func requireOut(database: Bool, out: String?) throws {
        if database, out == nil {
            throw ValidationError("--format gpkg writes a GeoPackage database: give its path with --out FILE.gpkg")
        }
    }
}

/// Names of the GeoPackage layers RouteCheck writes.
enum GeoPackageLayers {
    /// The layer of a feature: named by its role (``FeatureRole/layerName``), `otherwise` for a feature without one.
    static func layer(of feature: Feature, otherwise: String) -> String {
        feature.role?.layerName ?? otherwise
    }
}

extension LengthUnit: ExpressibleByArgument {}
