import Foundation
import RouteCheckGeo

/// Routes legs on the railway network or along the geodesic.
public struct RailRouter: Sendable {
    public let network: TransportNetwork
    public static let snapWarning = Length.kilometers(10)

    public init(network: TransportNetwork) { self.network = network }

    /// A rail leg from `from` to `to` through `via`, keeping to `countries` when given.
    public func route(
        from: GeographicCoordinate, to: GeographicCoordinate, via: [GeographicCoordinate] = [],
        within countries: Set<String>? = nil, labels: (String, String) = ("start", "end")
    ) throws -> RoutedLeg {
        let stops = [from] + via + [to]
        var nodes: [(node: Int, distance: Length)] = []
        for (index, stop) in stops.enumerated() {
            guard let snapped = network.nearestNode(to: stop, within: countries) else {
                throw RoutingError.noNodeNear(
                    index == 0 ? labels.0 : (index == stops.count - 1 ? labels.1 : "via point \(index)"))
            }
            nodes.append(snapped)
        }
        var path: [GeographicCoordinate] = [from]
        var track = 0.0
        for index in 0..<(nodes.count - 1) {
            guard
                let segment = network.shortestPath(
                    from: nodes[index].node, to: nodes[index + 1].node, within: countries)
            else {
                throw RoutingError.notConnected(from: labels.0, to: labels.1)
            }
            path += segment.nodes.map(network.coordinate)
            track += segment.length.meters
        }
        path.append(to)
        let alongGeometry = Geodesic.wgs84.length(of: .lineString(LineString(path.map(\.position)))).meters
        let snapFrom = nodes[0].distance, snapTo = nodes[nodes.count - 1].distance
        var warnings: [String] = []
        if snapFrom > Self.snapWarning {
            warnings.append("\(labels.0) is \(Int(snapFrom.kilometers.rounded())) km from the nearest railway node")
        }
        if snapTo > Self.snapWarning {
            warnings.append("\(labels.1) is \(Int(snapTo.kilometers.rounded())) km from the nearest railway node")
        }
        return RoutedLeg(
            mode: .rail, from: from, to: to, path: path,
            distance: Length(meters: track + snapFrom.meters + snapTo.meters),
            pathGeodesic: Length(meters: alongGeometry),
            geodesic: Geodesic.wgs84.geodesicDistance(from: from, to: to), snapFrom: snapFrom, snapTo: snapTo,
            method: "railway network (OpenStreetMap via scgraph-data)", warnings: warnings)
    }

    /// A geodesic "leg": the floor of any route's length.
    public static func geodesicLeg(from: GeographicCoordinate, to: GeographicCoordinate) throws -> RoutedLeg {
        let path = try Geodesic.wgs84.points(from: from, to: to, maximumSpacing: .kilometers(10))
        let length = Geodesic.wgs84.geodesicDistance(from: from, to: to)
        return RoutedLeg(
            mode: .geodesic, from: from, to: to, path: path, distance: length, pathGeodesic: length, geodesic: length,
            snapFrom: .zero, snapTo: .zero, method: "geodesic", warnings: [])
    }
}
