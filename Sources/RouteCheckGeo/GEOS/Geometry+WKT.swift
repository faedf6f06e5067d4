import CGEOS

/// Well-Known Text and Well-Known Binary (ISO/OGC Simple Features) through GEOS.
extension Geometry {
    /// Parses WKT, e.g. `POLYGON ((30 10, 40 40, 20 40, 30 10))`.
    /// - Throws: ``GeometryError/parse(format:message:)`` with GEOS's message.
    public init(wkt: String) throws(GeometryError) {
        let context = try GEOSContext()
        guard let reader = GEOSWKTReader_create_r(context.handle) else { throw context.failure("WKT reader") }
        defer { GEOSWKTReader_destroy_r(context.handle, reader) }
        guard let raw = GEOSWKTReader_read_r(context.handle, reader, wkt) else {
            throw .parse(format: "WKT", message: "\(context.failure("read WKT"))")
        }
        let owned = GEOSGeometryHandle(context: context, pointer: raw)
        self = try context.readGeometry(owned.pointer)
    }

    /// The geometry as WKT with at most `precision` decimals (trailing zeros trimmed).
    public func wkt(precision: Int = 7) throws(GeometryError) -> String {
        try withGEOS { context, geometry throws(GeometryError) in
            guard let writer = GEOSWKTWriter_create_r(context.handle) else { throw context.failure("WKT writer") }
            defer { GEOSWKTWriter_destroy_r(context.handle, writer) }
            GEOSWKTWriter_setTrim_r(context.handle, writer, 1)
            GEOSWKTWriter_setRoundingPrecision_r(context.handle, writer, Int32(precision))
            guard let text = GEOSWKTWriter_write_r(context.handle, writer, geometry.pointer) else {
                throw context.failure("write WKT")
            }
            defer { GEOSFree_r(context.handle, text) }
            return String(cString: text)
        }
    }

    /// Parses little- or big-endian 2-D WKB.
    public init(wkb: [UInt8]) throws(GeometryError) {
        let context = try GEOSContext()
        guard let reader = GEOSWKBReader_create_r(context.handle) else { throw context.failure("WKB reader") }
        defer { GEOSWKBReader_destroy_r(context.handle, reader) }
        let raw = wkb.withUnsafeBufferPointer { buffer in
            GEOSWKBReader_read_r(context.handle, reader, buffer.baseAddress, buffer.count)
        }
        guard let raw else { throw .parse(format: "WKB", message: "\(context.failure("read WKB"))") }
        let owned = GEOSGeometryHandle(context: context, pointer: raw)
        self = try context.readGeometry(owned.pointer)
    }

    /// The geometry as little-endian 2-D WKB.
    public func wkb() throws(GeometryError) -> [UInt8] {
        try withGEOS { context, geometry throws(GeometryError) in
            guard let writer = GEOSWKBWriter_create_r(context.handle) else { throw context.failure("WKB writer") }
            defer { GEOSWKBWriter_destroy_r(context.handle, writer) }
            GEOSWKBWriter_setByteOrder_r(context.handle, writer, Int32(GEOS_WKB_NDR.rawValue))
            GEOSWKBWriter_setOutputDimension_r(context.handle, writer, 2)
            var size = 0
            guard let bytes = GEOSWKBWriter_write_r(context.handle, writer, geometry.pointer, &size) else {
                throw context.failure("write WKB")
            }
            defer { GEOSFree_r(context.handle, bytes) }
            return Array(UnsafeBufferPointer(start: bytes, count: size))
        }
    }
}
