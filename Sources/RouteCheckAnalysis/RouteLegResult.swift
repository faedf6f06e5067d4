import RouteCheckArticles
import RouteCheckGeo

/// A route leg measured along its geodesic.
public struct RouteLegResult: Sendable {
    public let leg: RouteLeg
    /// Geodesic length between the resolved ends.
    public let distance: Length
    /// The geodesic, densified every 5 km and split at the antimeridian.
    public let line: Geometry
    /// For sea legs: the ISO codes of countries whose land the straight geodesic crosses (away from the
    /// ends). A non-empty list means the real sea route is longer than the geodesic.
    public let crossesLandOf: [String]
}
