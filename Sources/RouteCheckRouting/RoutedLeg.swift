import Foundation
import RouteCheckGeo

/// A routed leg: the path, its length measured geodesically along the path, and how far the ends were
/// moved to reach the network.
public struct RoutedLeg: Sendable {
    /// How the leg was found: on the water, on the railways, or as the plain geodesic.
    public enum Mode: String, Sendable, Codable, CaseIterable { case sea, rail, geodesic }

    public let mode: Mode
    public let from: GeographicCoordinate
    public let to: GeographicCoordinate
    /// The path. Rail: from the start, to the nearest node, along the track, to the end (the hops to and
    /// from the track are included). Sea: from the start moved to water to the end moved to water (the
    /// moves cross land and are not included).
    public let path: [GeographicCoordinate]
    /// The leg's length, metres inside. Sea and geodesic legs: the sum of geodesics between the path's
    /// points. Rail: the along-track length of the network edges (the OpenStreetMap way lengths
    /// scgraph-data records; the stored geometry is simplified and shorter) plus the hops from the ends
    /// to the track.
    public let distance: Length
    /// The sum of geodesics between the points of `path` (equals `distance` except for rail, where the
    /// simplified geometry cuts the track's curves).
    public let pathGeodesic: Length
    /// The straight geodesic between the ends: the floor of any route's length.
    public let geodesic: Length
    /// How far the start was moved to reach the network (rail: nearest node; sea: nearest water).
    public let snapFrom: Length
    /// How far the end was moved to reach the network.
    public let snapTo: Length
    /// How the path was found, for the reader (e.g. "coastal visibility graph (...)").
    public let method: String
    public var detourRatio: Double { geodesic.meters > 0 ? distance.meters / geodesic.meters : 1 }
    /// Warnings for the reader (an end moved more than 10 km).
    public let warnings: [String]

    /// The most metres a degree of latitude or longitude spans on WGS 84 (a degree of latitude at the poles,
    /// 111,694 m): a tolerance in degrees of metres ÷ this keeps every deviation under the metres asked for.
    static let largestMetresPerDegree = 111_694.0

    /// The path to draw, with only the vertices a map needs: GEOS Douglas–Peucker (`GEOSSimplify_r`) in
    /// longitude/latitude with a tolerance of `maximumDeviation` converted to degrees conservatively, so the drawn
    /// line stays within `maximumDeviation` of the path; split at the antimeridian (RFC 7946). The length
    /// figures (``distance``, ``pathGeodesic``) are those of the full path. Falls back to the full path if GEOS fails.
    public func drawnLine(maximumDeviation: Length) -> Geometry {
        var positions = path.map(\.position)
        if positions.count > 2,
            case .lineString(let line)? = try? Geometry.lineString(LineString(positions))
                .simplified(tolerance: maximumDeviation.meters / Self.largestMetresPerDegree, preservingTopology: false),
            line.positions.count >= 2
        {
            positions = line.positions
        }
        return AntimeridianSplitter.geometry(for: positions)
    }
}
