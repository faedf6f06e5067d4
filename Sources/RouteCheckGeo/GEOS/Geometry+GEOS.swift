import CGEOS

/// Planar geometry operations backed by GEOS. All work in the coordinate space of the data
/// (degrees for longitude/latitude: use the geodesic operations for true distances).
/// Each call creates a private GEOS context, so these are safe to call from any thread.
extension Geometry {
    /// Runs `body` with this geometry converted into a fresh GEOS context.
    func withGEOS<Result>(
        _ body: (GEOSContext, GEOSGeometryHandle) throws(GeometryError) -> Result
    ) throws(GeometryError) -> Result {
        let context = try GEOSContext()
        let geometry = try context.makeGeometry(self)
        return try body(context, geometry)
    }

    /// Runs a GEOS operation that returns a new geometry and reads the result back.
    func geosTransform(
        _ operation: String,
        _ body: (OpaquePointer, OpaquePointer) -> OpaquePointer?
    ) throws(GeometryError) -> Geometry {
        try withGEOS { context, geometry throws(GeometryError) in
            let result = try context.own(body(context.handle, geometry.pointer), operation)
            return try context.readGeometry(result.pointer)
        }
    }

    /// Runs a binary GEOS operation with `other` converted into the same context.
    func geosBinary<Result>(
        _ other: Geometry,
        _ body: (GEOSContext, OpaquePointer, OpaquePointer) throws(GeometryError) -> Result
    ) throws(GeometryError) -> Result {
        try withGEOS { context, geometry throws(GeometryError) in
            let second = try context.makeGeometry(other)
            return try body(context, geometry.pointer, second.pointer)
        }
    }

    // MARK: Validity

    /// Whether the geometry is valid in the OGC Simple Features sense.
    public func isValid() throws(GeometryError) -> Bool {
        try withGEOS { context, geometry throws(GeometryError) in
            try context.predicate(GEOSisValid_r(context.handle, geometry.pointer), "isValid")
        }
    }

    /// GEOS's explanation of why the geometry is invalid, or "Valid Geometry".
    public func validityReason() throws(GeometryError) -> String {
        try withGEOS { context, geometry throws(GeometryError) in
            guard let reason = GEOSisValidReason_r(context.handle, geometry.pointer) else {
                throw context.failure("isValidReason")
            }
            defer { GEOSFree_r(context.handle, reason) }
            return String(cString: reason)
        }
    }

    /// A valid geometry covering the same points (`GEOSMakeValid`); may change the type.
    public func makeValid() throws(GeometryError) -> Geometry {
        try geosTransform("makeValid") { GEOSMakeValid_r($0, $1) }
    }

    // MARK: Constructive operations

    /// The union of the geometry's own parts.
    public func unaryUnion() throws(GeometryError) -> Geometry {
        try geosTransform("unaryUnion") { GEOSUnaryUnion_r($0, $1) }
    }

    /// The union with `other`.
    public func union(_ other: Geometry) throws(GeometryError) -> Geometry {
        try geosBinary(other) { context, first, second throws(GeometryError) in
            let result = try context.own(GEOSUnion_r(context.handle, first, second), "union")
            return try context.readGeometry(result.pointer)
        }
    }

    /// The intersection with `other`.
    public func intersection(_ other: Geometry) throws(GeometryError) -> Geometry {
        try geosBinary(other) { context, first, second throws(GeometryError) in
            let result = try context.own(GEOSIntersection_r(context.handle, first, second), "intersection")
            return try context.readGeometry(result.pointer)
        }
    }

    /// The part of the geometry inside an axis-aligned rectangle (`GEOSClipByRect`: much faster than a
    /// general intersection; the result may be invalid in degenerate cases but its area is right).
    public func clipped(to rectangle: BoundingBox) throws(GeometryError) -> Geometry {
        try geosTransform("clipByRect") {
            GEOSClipByRect_r($0, $1, rectangle.minX, rectangle.minY, rectangle.maxX, rectangle.maxY)
        }
    }

    /// The topological boundary: the rings of a polygon, the end points of a line.
    public func boundary() throws(GeometryError) -> Geometry {
        try geosTransform("boundary") { GEOSBoundary_r($0, $1) }
    }

    /// Douglas–Peucker simplification with `tolerance` in the data's units. With
    /// `preservingTopology` (the default) rings stay simple and holes stay inside.
    public func simplified(tolerance: Double, preservingTopology: Bool = true) throws(GeometryError) -> Geometry {
        if preservingTopology {
            return try geosTransform("topologyPreserveSimplify") { GEOSTopologyPreserveSimplify_r($0, $1, tolerance) }
        }
        return try geosTransform("simplify") { GEOSSimplify_r($0, $1, tolerance) }
    }

    /// Inserts vertices so no segment is longer than `maximumSegmentLength` (planar, data units).
    /// Use ``Geodesic/densified(_:maximumSpacing:)`` to follow geodesics instead.
    public func densified(maximumSegmentLength: Double) throws(GeometryError) -> Geometry {
        try geosTransform("densify") { GEOSDensify_r($0, $1, maximumSegmentLength) }
    }

    /// A buffer of `distance` data units around the geometry, with `quadrantSegments` segments per
    /// quarter circle at convex corners (8 by default; fewer gives fewer vertices and a coarser curve).
    public func buffer(_ distance: Double, quadrantSegments: Int = 8) throws(GeometryError) -> Geometry {
        try geosTransform("buffer") { GEOSBuffer_r($0, $1, distance, Int32(quadrantSegments)) }
    }

    // MARK: Measures and predicates

    /// The planar (Cartesian) distance to `other` in data units. Not a geodesic distance.
    public func planarDistance(to other: Geometry) throws(GeometryError) -> Double {
        try geosBinary(other) { context, first, second throws(GeometryError) in
            var distance = 0.0
            guard GEOSDistance_r(context.handle, first, second, &distance) == 1 else {
                throw context.failure("distance")
            }
            return distance
        }
    }

    /// The pair of closest points (planar), the first on this geometry, the second on `other`.
    public func nearestPoints(with other: Geometry) throws(GeometryError) -> (Position, Position) {
        try geosBinary(other) { context, first, second throws(GeometryError) in
            guard let sequence = GEOSNearestPoints_r(context.handle, first, second) else {
                throw context.failure("nearestPoints")
            }
            defer { GEOSCoordSeq_destroy_r(context.handle, sequence) }
            var x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0
            guard GEOSCoordSeq_getXY_r(context.handle, sequence, 0, &x1, &y1) != 0,
                GEOSCoordSeq_getXY_r(context.handle, sequence, 1, &x2, &y2) != 0
            else {
                throw context.failure("nearestPoints")
            }
            return (Position(x: x1, y: y1), Position(x: x2, y: y2))
        }
    }

    /// Planar area in squared data units.
    public func planarArea() throws(GeometryError) -> Double {
        try withGEOS { context, geometry throws(GeometryError) in
            var area = 0.0
            guard GEOSArea_r(context.handle, geometry.pointer, &area) == 1 else { throw context.failure("area") }
            return area
        }
    }

    /// Whether this geometry contains `other` (no point of `other` outside, one inside the interior).
    public func contains(_ other: Geometry) throws(GeometryError) -> Bool {
        try geosBinary(other) { context, first, second throws(GeometryError) in
            try context.predicate(GEOSContains_r(context.handle, first, second), "contains")
        }
    }

    /// Whether this geometry and `other` share any point.
    public func intersects(_ other: Geometry) throws(GeometryError) -> Bool {
        try geosBinary(other) { context, first, second throws(GeometryError) in
            try context.predicate(GEOSIntersects_r(context.handle, first, second), "intersects")
        }
    }

    /// The discrete Hausdorff distance to `other`, in data units.
    public func hausdorffDistance(to other: Geometry) throws(GeometryError) -> Double {
        try geosBinary(other) { context, first, second throws(GeometryError) in
            var distance = 0.0
            guard GEOSHausdorffDistance_r(context.handle, first, second, &distance) == 1 else {
                throw context.failure("hausdorffDistance")
            }
            return distance
        }
    }
}
