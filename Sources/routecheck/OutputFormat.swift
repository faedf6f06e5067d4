import ArgumentParser
import RouteCheckGeo

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, geojson
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
