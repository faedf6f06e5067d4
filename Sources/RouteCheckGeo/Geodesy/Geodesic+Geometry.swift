/// Geodesic measures and drawing for geometries in longitude/latitude degrees on the geodesic's ellipsoid.
extension Geodesic {
    /// The geodesic length of a geometry's lines and ring boundaries: the sum over its segments of
    /// the geodesic distance between their end points. Points contribute nothing.
    public func length(of geometry: Geometry) -> Length {
        var total = 0.0
        for (start, end) in geometry.segments {
            total += geodesicDistance(from: GeographicCoordinate(start), to: GeographicCoordinate(end)).meters
        }
        return Length(meters: total)
    }

    /// The geodesic from `start` to `end` as a drawable geometry: points no more than
    /// `maximumSpacing` apart along the true geodesic, split at the antimeridian (RFC 7946 §3.1.9).
    /// A LineString, or a MultiLineString when the geodesic crosses ±180°.
    public func line(
        from start: GeographicCoordinate, to end: GeographicCoordinate,
        maximumSpacing: Length = .kilometers(10)
    ) throws(GeodesyError) -> Geometry {
        let points = try points(from: start, to: end, maximumSpacing: maximumSpacing)
        return AntimeridianSplitter.geometry(for: points.map(\.position))
    }

    /// The geodesic from `start` to `end` as a drawable geometry with as few points as keep every drawn segment
    /// within about `maximumDeviation` of the true geodesic (see ``points(from:to:maximumDeviation:)``), split at the
    /// antimeridian. RouteCheck's reports draw every line this way with 100 m.
    public func line(
        from start: GeographicCoordinate, to end: GeographicCoordinate,
        maximumDeviation: Length
    ) throws(GeodesyError) -> Geometry {
        let points = try points(from: start, to: end, maximumDeviation: maximumDeviation)
        return AntimeridianSplitter.geometry(for: points.map(\.position))
    }

    /// Replaces every segment of the geometry's lines and rings by points along the geodesic between
    /// its ends, at most `maximumSpacing` apart. Rings stay closed. Lines are not split at the
    /// antimeridian here; use ``line(from:to:maximumSpacing:)`` for single legs.
    public func densified(_ geometry: Geometry, maximumSpacing: Length) throws(GeodesyError) -> Geometry {
        func densify(_ positions: [Position]) throws(GeodesyError) -> [Position] {
            guard positions.count >= 2 else { return positions }
            var result: [Position] = [positions[0]]
            for index in positions.indices.dropLast() {
                let part = try points(
                    from: GeographicCoordinate(positions[index]),
                    to: GeographicCoordinate(positions[index + 1]),
                    maximumSpacing: maximumSpacing)
                result += part.dropFirst().dropLast().map(\.position)
                result.append(positions[index + 1])
            }
            return result
        }
        func polygon(_ p: Polygon) throws(GeodesyError) -> Polygon {
            var holes: [[Position]] = []
            for hole in p.holes { holes.append(try densify(hole)) }
            return Polygon(exterior: try densify(p.exterior), holes: holes)
        }
        switch geometry {
        case .point, .multiPoint: return geometry
        case .lineString(let line): return .lineString(LineString(try densify(line.positions)))
        case .polygon(let p): return .polygon(try polygon(p))
        case .multiLineString(let multi):
            var lines: [LineString] = []
            for line in multi.lineStrings { lines.append(LineString(try densify(line.positions))) }
            return .multiLineString(MultiLineString(lines))
        case .multiPolygon(let multi):
            var polygons: [Polygon] = []
            for p in multi.polygons { polygons.append(try polygon(p)) }
            return .multiPolygon(MultiPolygon(polygons))
        case .geometryCollection(let collection):
            var members: [Geometry] = []
            for member in collection.geometries {
                members.append(try densified(member, maximumSpacing: maximumSpacing))
            }
            return .geometryCollection(GeometryCollection(members))
        }
    }
}
