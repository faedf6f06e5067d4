import CGEOS
import Synchronization

/// A geometry prepared once for many containment and intersection tests (GEOS prepared geometry:
/// indexed segments, fast point-in-polygon).
///
/// Thread safety: the GEOS context inside is used under a lock, so one instance may be shared
/// between tasks; tests then run one at a time. For parallel throughput, prepare one per task.
public final class PreparedGeometry: Sendable {
    /// The geometry that was prepared.
    public let geometry: Geometry
    private let state: Mutex<State>

    private final class State {
        let context: GEOSContext
        let geometry: GEOSGeometryHandle
        let prepared: OpaquePointer
        init(context: GEOSContext, geometry: GEOSGeometryHandle, prepared: OpaquePointer) {
            self.context = context
            self.geometry = geometry
            self.prepared = prepared
        }
        deinit { GEOSPreparedGeom_destroy_r(context.handle, prepared) }
    }

    /// Prepares `geometry`. - Throws: ``GeometryError`` if GEOS rejects it.
    public init(_ geometry: Geometry) throws(GeometryError) {
        self.geometry = geometry
        let context = try GEOSContext()
        let handle = try context.makeGeometry(geometry)
        guard let prepared = GEOSPrepare_r(context.handle, handle.pointer) else { throw context.failure("prepare") }
        state = Mutex(State(context: context, geometry: handle, prepared: prepared))
    }

    /// Whether the prepared geometry contains `position` in its interior (boundary points excluded).
    public func contains(_ position: Position) throws(GeometryError) -> Bool {
        try test(position, "preparedContains") { GEOSPreparedContains_r($0, $1, $2) }
    }

    /// Whether the prepared geometry covers `position` (interior or boundary).
    public func covers(_ position: Position) throws(GeometryError) -> Bool {
        try test(position, "preparedCovers") { GEOSPreparedCovers_r($0, $1, $2) }
    }

    /// Whether the prepared geometry intersects `other`.
    public func intersects(_ other: Geometry) throws(GeometryError) -> Bool {
        try state.withLock { state throws(GeometryError) in
            let candidate = try state.context.makeGeometry(other)
            return try state.context.predicate(
                GEOSPreparedIntersects_r(state.context.handle, state.prepared, candidate.pointer), "preparedIntersects")
        }
    }

    /// The planar (Cartesian) distance to `other` in data units (0 when they meet), using the prepared geometry's
    /// index: for many distances from one large geometry (a country's mainland) to small ones. Not a geodesic
    /// distance. - Throws: ``GeometryError`` if GEOS fails.
    public func planarDistance(to other: Geometry) throws(GeometryError) -> Double {
        try state.withLock { state throws(GeometryError) in
            let candidate = try state.context.makeGeometry(other)
            var distance = 0.0
            guard GEOSPreparedDistance_r(state.context.handle, state.prepared, candidate.pointer, &distance) == 1 else {
                throw state.context.failure("preparedDistance")
            }
            return distance
        }
    }

    private func test(
        _ position: Position, _ name: String,
        _ body: (OpaquePointer, OpaquePointer, OpaquePointer) -> CChar
    ) throws(GeometryError) -> Bool {
        try state.withLock { state throws(GeometryError) in
            let point = try state.context.makeGeometry(.point(Point(position)))
            return try state.context.predicate(body(state.context.handle, state.prepared, point.pointer), name)
        }
    }
}
