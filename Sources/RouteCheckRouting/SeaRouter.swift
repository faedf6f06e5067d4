import Foundation
import RouteCheckGeo

/// Routes sea legs: the shortest water path between two places that does not cross the land of the
/// embedded country polygons, as far as the method reaches (see `method` of the returned leg).
///
/// 1. Each end is moved to the nearest water outside the land widened by ``clearance`` (ports are mapped
///    on land); the distance moved is reported as the leg's snap and is not part of its length.
/// 2. Legs shorter than ``coastalLegLimit`` are first routed on a visibility graph of the coastline
///    alone (``WaterRegion``); such a path crosses no land by construction (every segment was tested
///    with GEOS against the widened land).
/// 3. Longer legs, or short ones the coast alone cannot join, leave each end's region through the
///    sea-lane network (`Data/sealanes.gpkg`, searoute's marnet, Apache-2.0). The lane edges themselves
///    are taken as given: they are coarse (nodes tens of km apart) and may clip headlands; the length
///    run on lanes is reported so a reader can weigh it.
///
/// Lengths are geodesic metres along the returned path. Accuracy: the coastline is DCW-GMT simplified to
/// about 240 m, plus the clearance, so a coastal path is a few hundred metres longer per headland than
/// a ship hugging the real shore would need.
public struct SeaRouter: Sendable {
    public let lanes: TransportNetwork
    public let land: LandMask
    /// How far paths keep off the land polygons (straits narrower than twice this are closed): 300 m.
    public var clearance = Length(meters: 300)
    /// The farthest an end may be moved to reach water: 100 km.
    public var maximumMoveToWater = Length.kilometers(100)
    /// Legs with a geodesic shorter than this are first routed along the coast alone: 1,000 km.
    public var coastalLegLimit = Length.kilometers(1_000)
    /// Lane passages left out (as searoute does by default: the Northwest Passage).
    public var closedPassages: Set<String> = ["northwest"]
    public static let snapWarning = Length.kilometers(10)
    /// Whether lane routes sharpen the search's heuristic with lane distances (``SeaSearch/ExitBounds``); off
    /// only to check that the sharper heuristic finds the same paths.
    var usesLaneBounds = true
    /// Where the coasts around the ends are kept once built (see ``SeaRegionStore``).
    public let store: SeaRegionStore

    /// A router on `lanes` avoiding `land`, keeping built coasts in `store` (nil: in memory, for this router).
    public init(lanes: TransportNetwork, land: LandMask, store: SeaRegionStore? = nil) {
        self.lanes = lanes
        self.land = land
        self.store = store ?? SeaRegionStore(directory: nil, dataIdentity: land.dataIdentity)
    }

    /// The sea leg from `from` to `to`. `labels` name the ends in errors and warnings.
    /// - Throws: ``RoutingError/farFromSea(_:_:limit:)`` when an end is too far inland,
    ///   ``RoutingError/noSeaPath(from:to:reason:)`` when no water path is found.
    public func route(
        from: GeographicCoordinate, to: GeographicCoordinate,
        labels: (String, String) = ("start", "end")
    ) throws -> RoutedLeg {
        let geodesic = Geodesic.wgs84.geodesicDistance(from: from, to: to)
        if geodesic <= coastalLegLimit,
            let leg = try coastalRoute(from: from, to: to, geodesic: geodesic, labels: labels)
        {
            return leg
        }
        return try laneRoute(from: from, to: to, geodesic: geodesic, labels: labels)
    }

    /// One region around both ends, coastline only. Nil when the coast inside it cannot join them.
    private func coastalRoute(
        from: GeographicCoordinate, to: GeographicCoordinate, geodesic: Length,
        labels: (String, String)
    ) throws -> RoutedLeg? {
        let inverse = Geodesic.wgs84.inverse(from: from, to: to)
        let center = Geodesic.wgs84.direct(
            from: from, azimuth: inverse.initialAzimuth, distance: Length(meters: geodesic.meters / 2)
        ).end
        let margin = max(maximumMoveToWater.meters * 2, geodesic.meters * 0.25)
        let region = try WaterRegion(
            coast: store.coast(
                center: center, radius: Length(meters: geodesic.meters / 2 + margin), mask: land, clearance: clearance))
        let start = try moveToWater(from, in: region, label: labels.0)
        let goal = try moveToWater(to, in: region, label: labels.1)
        let search = SeaSearch(regions: [region], lanes: nil, closedPassages: closedPassages)
        guard
            let chain = try search.shortestPath(
                from: search.id(region: 0, vertex: start.index),
                to: search.id(region: 0, vertex: goal.index))
        else { return nil }
        let (points, _) = try search.path(of: chain)
        return leg(
            from: from, to: to, points: points, geodesic: geodesic, moved: (start.moved, goal.moved),
            method: "coastal visibility graph (\(region.vertices.count) corners)",
            labels: labels)
    }

    /// A region around each end joined through the lane network.
    private func laneRoute(
        from: GeographicCoordinate, to: GeographicCoordinate, geodesic: Length,
        labels: (String, String)
    ) throws -> RoutedLeg {
        var regions: [WaterRegion] = [], ends: [(index: Int, moved: Length)] = []
        for (point, label) in [(from, labels.0), (to, labels.1)] {
            let nearest = lanes.nearestNode(to: point)?.distance ?? .kilometers(500)
            let radius = min(max(nearest.meters * 1.5 + 100_000, maximumMoveToWater.meters * 2.5), 600_000)
            if radius > maximumMoveToWater.meters * 2.5 {
                // A small region first: a place too far inland is refused before a large region is built.
                let probe = try WaterRegion(
                    coast: store.coast(
                        center: point, radius: Length(meters: maximumMoveToWater.meters * 2.5), mask: land,
                        clearance: clearance))
                _ = try moveToWater(point, in: probe, label: label)
            }
            let region = try WaterRegion(
                coast: store.coast(center: point, radius: Length(meters: radius), mask: land, clearance: clearance))
            ends.append(try moveToWater(point, in: region, label: label))
            regions.append(region)
        }
        var portals: [(region: Int, vertex: Int, lane: Int)] = []
        for (r, region) in regions.enumerated() {
            for lane in 0..<lanes.nodeCount where region.holds(lanes.coordinate(lane)) {
                if let vertex = try region.addFreePoint(lanes.coordinate(lane)) { portals.append((r, vertex, lane)) }
            }
        }
        for (r, label) in [labels.0, labels.1].enumerated() where !portals.contains(where: { $0.region == r }) {
            throw RoutingError.noSeaPath(
                from: labels.0, to: labels.1,
                reason: "no shipping lane within "
                    + "\(Int((regions[r].radius.kilometers).rounded())) km of \(label) (Data/sealanes.gpkg)")
        }
        let search = SeaSearch(regions: regions, lanes: lanes, closedPassages: closedPassages)
        search.usesLaneBounds = usesLaneBounds
        for portal in portals { search.linkPortal(region: portal.region, vertex: portal.vertex, lane: portal.lane) }
        guard
            let chain = try search.shortestPath(
                from: search.id(region: 0, vertex: ends[0].index),
                to: search.id(region: 1, vertex: ends[1].index))
        else {
            throw RoutingError.noSeaPath(
                from: labels.0, to: labels.1, reason: "neither the coast nor the sea lanes join them")
        }
        let (points, onLanes) = try search.path(of: chain)
        return leg(
            from: from, to: to, points: points, geodesic: geodesic, moved: (ends[0].moved, ends[1].moved),
            method: "sea lanes (\(Int(onLanes.kilometers.rounded())) km) with coastal ends", labels: labels)
    }

    private func moveToWater(
        _ point: GeographicCoordinate, in region: WaterRegion, label: String
    ) throws -> (index: Int, moved: Length) {
        let result = try region.addMovedToWater(point, label: label)
        guard result.moved <= maximumMoveToWater else {
            throw RoutingError.farFromSea(label, result.moved, limit: maximumMoveToWater)
        }
        return result
    }

    private func leg(
        from: GeographicCoordinate, to: GeographicCoordinate, points: [GeographicCoordinate], geodesic: Length,
        moved: (Length, Length), method: String, labels: (String, String)
    ) -> RoutedLeg {
        let total = Geodesic.wgs84.length(of: .lineString(LineString(points.map(\.position)))).meters
        var warnings: [String] = []
        if moved.0 > Self.snapWarning {
            warnings.append("\(labels.0) was moved \(Int(moved.0.kilometers.rounded())) km to reach the sea")
        }
        if moved.1 > Self.snapWarning {
            warnings.append("\(labels.1) was moved \(Int(moved.1.kilometers.rounded())) km to reach the sea")
        }
        return RoutedLeg(
            mode: .sea, from: from, to: to, path: points, distance: Length(meters: total),
            pathGeodesic: Length(meters: total), geodesic: geodesic,
            snapFrom: moved.0, snapTo: moved.1, method: method, warnings: warnings)
    }
}
