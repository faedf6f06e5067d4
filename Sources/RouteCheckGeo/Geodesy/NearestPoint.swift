/// The answer to "how far is this point from that geometry, and where is the closest place on it?".
public struct NearestPoint: Sendable, Hashable {
    /// Geodesic distance from the query point to ``nearest``; zero when the point is inside or on the geometry.
    public let distance: Length
    /// The closest point of the geometry (longitude wrapped into [-180, 180]).
    public let nearest: GeographicCoordinate
    /// True when the query point lies inside (or on the boundary of) the geometry's area.
    public let isInside: Bool
    /// Azimuth of the geodesic from the query point toward ``nearest``, degrees clockwise from north;
    /// nil when the distance is zero.
    public let azimuth: Double?
}
