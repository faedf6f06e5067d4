import Foundation
import RouteCheckGeo

/// A point named on the command line, with the label to print for it.
struct ResolvedPoint {
    let coordinate: GeographicCoordinate
    let label: String
    var json: JSONValue {
        ["name": .string(label), "lat": .finite(coordinate.latitude), "lon": .finite(coordinate.longitude)]
    }
}

/// Turns a command-line point ('lat,lon' or a place name) into a coordinate.
struct PointResolver {
    init() throws {}

    func resolve(_ text: String, argument: String) throws -> ResolvedPoint {
        do {
            let coordinate = try GeographicCoordinate(parsing: text)
            return ResolvedPoint(coordinate: coordinate, label: text.trimmingCharacters(in: .whitespaces))
        } catch {
            throw UsageError(message: "point \(argument): \(error)")
        }
    }
}
