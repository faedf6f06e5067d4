import CPROJ

/// Transforms coordinates between two coordinate reference systems with PROJ.
///
/// Axis order: by default the transformer is normalised for visualisation
/// (`proj_normalize_for_visualization`), so geographic CRSs always take and give
/// `x` = longitude, `y` = latitude in degrees, whatever the authority's axis order (EPSG:4326
/// is officially latitude first). Projected CRSs use easting, northing in their unit (usually metres).
///
/// Thread safety: each transformer owns its own PROJ context (`PJ_CONTEXT`) and is not `Sendable`;
/// create one per task or thread. Creation costs a database look-up for EPSG codes (about a
/// millisecond); ``azimuthalEquidistant(centeredAt:ellipsoid:)`` needs no database.
public final class CoordinateTransformer {
    private let context: OpaquePointer
    private let operation: OpaquePointer
    /// The definition the transformer was built from, for messages.
    public let definition: String

    /// Creates a transformation from `source` to `target`, each anything PROJ accepts as a CRS
    /// ("EPSG:4326", "EPSG:3857", a PROJ string with `+type=crs`, WKT2, PROJJSON).
    /// - Throws: ``ProjectionError/invalidDefinition(_:message:)`` with PROJ's reason.
    public init(from source: String, to target: String, normalizingAxisOrder: Bool = true) throws(ProjectionError) {
        definition = "\(source) → \(target)"
        guard let context = proj_context_create() else { throw .contextUnavailable }
        proj_log_level(context, PJ_LOG_NONE)
        guard let raw = proj_create_crs_to_crs(context, source, target, nil) else {
            let message = Self.message(context)
            proj_context_destroy(context)
            throw .invalidDefinition(definition, message: message)
        }
        guard normalizingAxisOrder else {
            self.context = context
            self.operation = raw
            return
        }
        let normalized = proj_normalize_for_visualization(context, raw)
        proj_destroy(raw)
        guard let normalized else {
            let message = Self.message(context)
            proj_context_destroy(context)
            throw .invalidDefinition(definition, message: message)
        }
        self.context = context
        self.operation = normalized
    }

    /// Creates a transformation from a PROJ operation string (e.g. a `+proj=pipeline`). Its input
    /// and output units are whatever the pipeline's first and last steps say.
    public init(operation text: String) throws(ProjectionError) {
        definition = text
        guard let context = proj_context_create() else { throw .contextUnavailable }
        proj_log_level(context, PJ_LOG_NONE)
        guard let raw = proj_create(context, text) else {
            let message = Self.message(context)
            proj_context_destroy(context)
            throw .invalidDefinition(text, message: message)
        }
        self.context = context
        self.operation = raw
    }

    /// An azimuthal equidistant projection on `ellipsoid` centred on `center`: input longitude,
    /// latitude in degrees; output x, y in metres. The distance of any projected point from the origin
    /// equals its geodesic distance from `center` (PROJ's ellipsoidal `aeqd` uses Karney's geodesics).
    public static func azimuthalEquidistant(
        centeredAt center: GeographicCoordinate, ellipsoid: Ellipsoid = .wgs84
    ) throws(ProjectionError) -> CoordinateTransformer {
        let text =
            "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
            + "+step +proj=aeqd +lat_0=\(center.latitude) +lon_0=\(center.longitude) "
            + "+a=\(ellipsoid.semiMajorAxis) +rf=\(1 / ellipsoid.flattening) +x_0=0 +y_0=0"
        return try CoordinateTransformer(operation: text)
    }

    deinit {
        proj_destroy(operation)
        proj_context_destroy(context)
    }

    /// Transforms one position forward (or inverse).
    public func transform(_ position: Position, inverse: Bool = false) throws(ProjectionError) -> Position {
        var xs = [position.x], ys = [position.y]
        try transform(x: &xs, y: &ys, inverse: inverse)
        return Position(x: xs[0], y: ys[0])
    }

    /// Transforms many positions forward (or inverse).
    public func transform(_ positions: [Position], inverse: Bool = false) throws(ProjectionError) -> [Position] {
        var xs = positions.map(\.x), ys = positions.map(\.y)
        try transform(x: &xs, y: &ys, inverse: inverse)
        return zip(xs, ys).map { Position(x: $0, y: $1) }
    }

    /// Transforms coordinates in place, in one batched call to `proj_trans_generic`.
    /// - Throws: ``ProjectionError/transformFailed(index:message:)`` naming the first coordinate PROJ
    ///   could not transform; the arrays then hold partial results.
    public func transform(x: inout [Double], y: inout [Double], inverse: Bool = false) throws(ProjectionError) {
        precondition(x.count == y.count, "x and y must have the same count")
        let count = x.count
        guard count > 0 else { return }
        let stride = MemoryLayout<Double>.stride
        let direction = inverse ? PJ_INV : PJ_FWD
        proj_errno_reset(operation)
        x.withUnsafeMutableBufferPointer { xb in
            y.withUnsafeMutableBufferPointer { yb in
                _ = proj_trans_generic(
                    operation, direction,
                    xb.baseAddress, stride, count,
                    yb.baseAddress, stride, count,
                    nil, 0, 0, nil, 0, 0)
            }
        }
        if let bad = x.indices.first(where: { !x[$0].isFinite || !y[$0].isFinite }) {
            let code = proj_errno(operation)
            let message = code != 0 ? String(cString: proj_context_errno_string(context, code)) : "result is not finite"
            throw .transformFailed(index: bad, message: message)
        }
    }

    private static func message(_ context: OpaquePointer) -> String {
        let code = proj_context_errno(context)
        guard code != 0, let text = proj_context_errno_string(context, code) else { return "unknown PROJ error" }
        return String(cString: text)
    }
}
