import RouteCheckArticles
import RouteCheckGeo
import RouteCheckRouting

/// A route leg measured along its geodesic and, when a network serves its mode, along the network.
public struct RouteLegResult: Sendable {
    public let leg: RouteLeg
    /// Geodesic length between the resolved ends.
    public let distance: Length
    /// The geodesic, with the points that keep it within ``ClaimVerifier/lineTolerance`` (100 m), split at the
    /// antimeridian.
    public let line: Geometry
    /// For sea legs: the ISO codes of countries whose land the straight geodesic crosses (away from the
    /// ends). A non-empty list means the real sea route is longer than the geodesic.
    public let crossesLandOf: [String]
    /// The leg routed on the sea lanes or railways (see ``LegRouting``), when it was.
    public var routed: RoutedLeg?
    /// Why the leg was not routed, when routing was asked for and did not happen.
    public var routingNote: RoutingNote?

    /// The routed length where there is one, else the geodesic (metres inside).
    public var length: Length { routed?.distance ?? distance }
    /// The line to draw: the routed path where there is one (simplified within ``ClaimVerifier/lineTolerance``),
    /// else the geodesic.
    public var drawnLine: Geometry {
        guard let routed, routed.path.count >= 2 else { return line }
        return routed.drawnLine(maximumDeviation: ClaimVerifier.lineTolerance)
    }
}
