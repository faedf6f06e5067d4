/// Splits lines that cross the antimeridian (±180°) into parts that do not, as RFC 7946 §3.1.9
/// asks, so that mapping tools do not draw them across the whole world.
public enum AntimeridianSplitter {
    /// Splits a line given with continuous (unrolled) or wrapped longitudes. A crossing is any step
    /// whose wrapped longitudes differ by more than 180°; the crossing latitude is interpolated
    /// linearly between the two positions (exact enough for densified geodesics), and both parts
    /// receive the crossing point at +180 and −180. Output longitudes lie in [-180, 180].
    public static func split(_ positions: [Position]) -> [[Position]] {
        guard let first = positions.first else { return [] }
        var parts: [[Position]] = []
        var current = [Position(x: wrapLongitude180(first.x), y: first.y)]
        var previous = current[0]
        for position in positions.dropFirst() {
            let next = Position(x: wrapLongitude180(position.x), y: position.y)
            let step = next.x - previous.x
            if abs(step) > 180 {
                // Unroll next so the step is short, then find where it passes ±180.
                let unrolledX = step > 0 ? next.x - 360 : next.x + 360
                let edge = step > 0 ? -180.0 : 180.0
                let fraction = (edge - previous.x) / (unrolledX - previous.x)
                let latitude = previous.y + fraction * (next.y - previous.y)
                current.append(Position(x: edge, y: latitude))
                parts.append(current)
                current = [Position(x: -edge, y: latitude)]
            }
            current.append(next)
            previous = next
        }
        parts.append(current)
        return parts.filter { $0.count >= 2 }
    }

    /// A LineString, or a MultiLineString when the line crosses the antimeridian.
    public static func geometry(for positions: [Position]) -> Geometry {
        let parts = split(positions)
        if parts.count == 1 { return .lineString(LineString(parts[0])) }
        if parts.isEmpty, let first = positions.first { return .point(Point(first)) }
        return .multiLineString(MultiLineString(parts.map(LineString.init)))
    }

    /// Longitude in [-180, 180] keeping +180 as +180.
    static func wrapLongitude180(_ longitude: Double) -> Double {
        if (-180.0...180.0).contains(longitude) { return longitude }
        return wrapLongitude(longitude)
    }
}
