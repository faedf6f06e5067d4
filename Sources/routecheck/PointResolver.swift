import Foundation
import RouteCheckGazetteer
import RouteCheckGeo

/// A point named on the command line, with the label to print for it.
struct ResolvedPoint {
    let coordinate: GeographicCoordinate
    let label: String
    /// The gazetteer entry, when the point was a name.
    let candidate: GazetteerCandidate?

    /// The candidate's JSON (``GazetteerCandidate/json``) with `label`, or for coordinates `label`, `lat`, `lon`.
    var json: JSONValue {
        var object: [String: JSONValue] = ["lat": .finite(coordinate.latitude), "lon": .finite(coordinate.longitude)]
        if case .object(let members)? = candidate?.json { object = members }
        object["label"] = .string(label)
        return .object(object)
    }
}

/// Turns a command-line point ('lat,lon' or a place name) into a coordinate. The gazetteer is
/// opened only when a name has to be looked up.
final class PointResolver {
    private let data: DataOptions
    private var gazetteer: Gazetteer?

    init(data: DataOptions) { self.data = data }

    func openGazetteer() throws -> Gazetteer {
        if let gazetteer { return gazetteer }
        let opened = try data.openGazetteer()
        gazetteer = opened
        return opened
    }

    func resolve(_ text: String, argument: String, countryBias: String? = nil) throws -> ResolvedPoint {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if looksLikeCoordinate(trimmed) {
            do {
                let coordinate = try GeographicCoordinate(parsing: trimmed)
                return ResolvedPoint(coordinate: coordinate, label: trimmed, candidate: nil)
            } catch {
                throw UsageError(message: "\(argument): \(error)")
            }
        }
        do {
            let best = try openGazetteer().resolve(trimmed, countryBias: countryBias)
            let label = best.countryCode.map { "\(best.name), \($0)" } ?? best.name
            return ResolvedPoint(coordinate: best.coordinate, label: label, candidate: best)
        } catch let error as GazetteerError {
            if case .unknownName = error { throw UsageError(message: "\(argument): \(error)") }
            throw CommandFailure(message: "\(argument): \(error)")
        }
    }

    /// Text made only of digits, signs, dots, commas, spaces and the letters of "nan"/"inf" is
    /// meant as coordinates (so "NaN,1" is refused as a coordinate, not looked up as a name).
    private func looksLikeCoordinate(_ text: String) -> Bool {
        guard text.contains(",") || text.first?.isNumber == true || text.first == "-" else { return false }
        let allowed = Set("0123456789+-.,eE naNNiIfF")
        return text.allSatisfy { allowed.contains($0) } && text.contains { $0.isNumber || $0 == "N" || $0 == "n" }
    }
}
