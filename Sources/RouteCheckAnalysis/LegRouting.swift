import Foundation
import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo
import RouteCheckRouting

/// Network routing for the legs an article names: sea legs on the coast and the shipping lanes
/// (`SeaRouter` in RouteCheckRouting), rail legs on the railway graph (`RailRouter`). A leg is routed when the text
/// names exactly one of those modes; a rail leg between two places of one country is kept inside that country.
///
/// Thread safety: `Sendable` (the routers are immutable; the land cache has a lock).
public struct LegRouting: Sendable {
    public let rail: RailRouter?
    public let sea: SeaRouter?

    public init(rail: RailRouter?, sea: SeaRouter?) {
        self.rail = rail
        self.sea = sea
    }

    /// Loads `railways.gpkg` and `sealanes.gpkg` from the directory of the gazetteer's file. A missing
    /// or damaged file leaves that mode unrouted; the returned notes say which and why. Coasts built for sea
    /// legs are kept in the user's cache (`SeaRegionStore.userCache(for:environment:)`).
    public static func load(beside gazetteer: Gazetteer) -> (routing: LegRouting, notes: [String]) {
        let directory = URL(fileURLWithPath: gazetteer.path).deletingLastPathComponent()
        var notes: [String] = []
        func network(_ kind: NetworkKind) -> TransportNetwork? {
            do {
                return try TransportNetwork(path: directory.appendingPathComponent(kind.fileName).path, kind: kind)
            } catch {
                notes.append("\(error)")
                return nil
            }
        }
        let rail = network(.railways).map(RailRouter.init(network:))
        let land = LandMask(gazetteer: gazetteer)
        let sea = network(.seaLanes).map { SeaRouter(lanes: $0, land: land, store: .userCache(for: land)) }
        return (LegRouting(rail: rail, sea: sea), notes)
    }

    /// Loads the networks that `modes` need from the directory of the gazetteer's file (none for `.geodesic`).
    /// Unlike ``load(beside:)``, a network that was asked for and cannot be read is an error.
    /// - Throws: `RoutingError.networkMissing` or `.corrupt`.
    public static func load(beside gazetteer: Gazetteer, for modes: Set<RoutedLeg.Mode>) throws -> LegRouting {
        let directory = URL(fileURLWithPath: gazetteer.path).deletingLastPathComponent()
        func network(_ kind: NetworkKind) throws -> TransportNetwork {
            try TransportNetwork(path: directory.appendingPathComponent(kind.fileName).path, kind: kind)
        }
        let rail = modes.contains(.rail) ? RailRouter(network: try network(.railways)) : nil
        var sea: SeaRouter?
        if modes.contains(.sea) {
            let land = LandMask(gazetteer: gazetteer)
            sea = SeaRouter(lanes: try network(.seaLanes), land: land, store: .userCache(for: land))
        }
        return LegRouting(rail: rail, sea: sea)
    }

    /// A stop of a route given as points: where it is and what to call it in notes and warnings.
    public struct Stop: Sendable {
        public let coordinate: GeographicCoordinate
        public let label: String

        public init(coordinate: GeographicCoordinate, label: String) {
            self.coordinate = coordinate
            self.label = label
        }
    }

    /// Routes each pair of consecutive `stops`: leg *i* by `modes[i]`, or every leg by `modes[0]` when one mode is
    /// given; `.geodesic` legs are measured along the geodesic. The first rail leg passes `via` in order; rail legs
    /// stay inside the countries `within` (ISO alpha-2) when given.
    /// - Precondition: at least two stops, and one mode or one per leg.
    /// - Throws: `RoutingError` (a network that was not loaded, no node near a stop, no path) or `GeodesyError`.
    public func route(
        stops: [Stop], modes: [RoutedLeg.Mode], via: [GeographicCoordinate] = [],
        within: Set<String>? = nil
    ) throws -> [RoutedLeg] {
        guard stops.count >= 2, modes.count == 1 || modes.count == stops.count - 1 else { return [] }
        var legs: [RoutedLeg] = []
        for index in 0..<(stops.count - 1) {
            let mode = modes.count == 1 ? modes[0] : modes[index]
            let from = stops[index], to = stops[index + 1]
            let labels = (from.label, to.label)
            switch mode {
            case .rail:
                guard let rail else {
                    throw RoutingError.networkMissing("railway network", NetworkKind.railways.fileName)
                }
                legs.append(
                    try rail.route(
                        from: from.coordinate, to: to.coordinate, via: index == 0 ? via : [],
                        within: within, labels: labels))
            case .sea:
                guard let sea else {
                    throw RoutingError.networkMissing("sea-lane network", NetworkKind.seaLanes.fileName)
                }
                legs.append(try sea.route(from: from.coordinate, to: to.coordinate, labels: labels))
            case .geodesic:
                legs.append(try RailRouter.geodesicLeg(from: from.coordinate, to: to.coordinate))
            }
        }
        return legs
    }

    /// Routes `leg` between its resolved ends. Returns the routed leg, or a note saying why it was not
    /// routed (two modes named, a mode without a network, a place too far from the sea, ...).
    func route(_ leg: RouteLeg, from: GazetteerCandidate, to: GazetteerCandidate) -> Result<RoutedLeg, RoutingNote> {
        let modes = Set(leg.modes.isEmpty ? [leg.mode] : leg.modes)
        guard modes.count == 1, let mode = modes.first else {
            return .failure(.modesWithoutChange(modes.sorted { $0.rawValue < $1.rawValue }))
        }
        let labels = (leg.from.label, leg.to.label)
        do {
            switch mode {
            case .sea:
                guard let sea else { return .failure(.networkMissing(.sea)) }
                return .success(try sea.route(from: from.coordinate, to: to.coordinate, labels: labels))
            case .rail:
                guard let rail else { return .failure(.networkMissing(.rail)) }
                let country = from.countryCode.flatMap { $0 == to.countryCode ? Set([$0]) : nil }
                return .success(
                    try rail.route(from: from.coordinate, to: to.coordinate, within: country, labels: labels))
            default:
                return .failure(.modeNotRouted(mode))
            }
        } catch {
            return .failure(.failed(message: "\(error)"))
        }
    }
}

/// Why a leg was not routed (``CheckExplanation/note(_:_:)`` says it in words).
public enum RoutingNote: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text names several modes for the leg without the place where the mode changes.
    case modesWithoutChange([TransportMode])
    /// The network of the leg's mode was not loaded.
    case networkMissing(TransportMode)
    /// Only sea and rail legs are routed.
    case modeNotRouted(TransportMode)
    /// The router failed (its error, in its words).
    case failed(message: String)

    /// In English.
    public var description: String { CheckExplanation.note(self, .en) }
}
