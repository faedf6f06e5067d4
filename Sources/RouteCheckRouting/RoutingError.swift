import Foundation
import RouteCheckGeo

/// Errors of the routing layer. Every message names the place or file concerned.
public enum RoutingError: Error, CustomStringConvertible, Sendable {
    /// The network file (kind, path) is missing.
    case networkMissing(String, String)
    /// The network file (kind) is damaged.
    case corrupt(String, String)
    case noNodeNear(String)
    case notConnected(from: String, to: String)
    /// A sea leg's end is further inland than the limit allows (place, distance to the sea, limit).
    case farFromSea(String, Length, limit: Length)
    /// No water path joins the ends (none through the local coastline, none through the lanes).
    case noSeaPath(from: String, to: String, reason: String)

    public var description: String {
        switch self {
        case .networkMissing(let kind, let path): "the \(kind) \(path) is missing (build it with Scripts/build-data)"
        case .corrupt(let kind, let message): "the \(kind) is damaged: \(message)"
        case .noNodeNear(let place): "no railway node near \(place) in the allowed countries"
        case .notConnected(let from, let to): "no railway path joins \(from) and \(to) in the allowed countries"
        case .farFromSea(let place, let distance, let limit):
            "\(place) is \(Int(distance.kilometers.rounded())) km from the sea (a sea leg may start at most "
                + "\(Int(limit.kilometers)) km inland)"
        case .noSeaPath(let from, let to, let reason): "no sea path joins \(from) and \(to): \(reason)"
        }
    }
}
