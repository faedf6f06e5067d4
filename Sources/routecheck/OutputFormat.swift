import ArgumentParser
import RouteCheckGeo
import RouteCheckMaps

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, geojson, kml

    /// A map-ready result as GeoJSON (RFC 7946) or KML 2.2 (Google Earth); nil for the other formats.
    func geographic(_ collection: FeatureCollection, title: String) -> String? {
        switch self {
        case .geojson: GeoJSONWriter().string(collection)
        case .kml: KMLWriter().string(collection, title: title)
        case .text, .json: nil
        }
    }
}

extension LengthUnit: ExpressibleByArgument {}

/// Formats a length in `unit` for text output: "201.8 km".
func formatLength(_ length: Length, _ unit: LengthUnit, decimals: Int = 3) -> String {
    let value = length.value(in: unit)
    return "\(roundedString(value, decimals: decimals)) \(unit.symbol)"
}

func roundedString(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "\(value)" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = "\(rounded)"
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
}
