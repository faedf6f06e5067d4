import CGEOS

/// Conversion between ``Geometry`` values and GEOS geometries inside one ``GEOSContext``.
extension GEOSContext {
    /// Creates a GEOS geometry from a Swift value. The caller owns the result.
    func makeGeometry(_ geometry: Geometry) throws(GeometryError) -> GEOSGeometryHandle {
        own(try makeRaw(geometry), "create \(geometry.typeName)")
    }

    private func own(_ pointer: OpaquePointer, _ operation: String) -> GEOSGeometryHandle {
        GEOSGeometryHandle(context: self, pointer: pointer)
    }

    /// Creates an unowned GEOS geometry; ownership passes to the caller (or to a parent collection).
    private func makeRaw(_ geometry: Geometry) throws(GeometryError) -> OpaquePointer {
        switch geometry {
        case .point(let point):
            guard let raw = GEOSGeom_createPointFromXY_r(handle, point.position.x, point.position.y) else {
                throw failure("create Point")
            }
            return raw
        case .lineString(let line):
            return try makeLineString(line.positions)
        case .polygon(let polygon):
            return try makePolygon(polygon)
        case .multiPoint(let multi):
            return try makeCollection(GEOS_MULTIPOINT, multi.positions.map { .point(Point($0)) })
        case .multiLineString(let multi):
            return try makeCollection(GEOS_MULTILINESTRING, multi.lineStrings.map { .lineString($0) })
        case .multiPolygon(let multi):
            return try makeCollection(GEOS_MULTIPOLYGON, multi.polygons.map { .polygon($0) })
        case .geometryCollection(let collection):
            return try makeCollection(GEOS_GEOMETRYCOLLECTION, collection.geometries)
        }
    }

    private func makeSequence(_ positions: [Position]) throws(GeometryError) -> OpaquePointer {
        var flat = [Double]()
        flat.reserveCapacity(positions.count * 2)
        for position in positions {
            flat.append(position.x)
            flat.append(position.y)
        }
        let sequence = flat.withUnsafeBufferPointer { buffer in
            GEOSCoordSeq_copyFromBuffer_r(handle, buffer.baseAddress, UInt32(positions.count), 0, 0)
        }
        guard let sequence else { throw failure("create coordinate sequence") }
        return sequence
    }

    private func makeLineString(_ positions: [Position]) throws(GeometryError) -> OpaquePointer {
        if positions.isEmpty {
            guard let empty = GEOSGeom_createEmptyLineString_r(handle) else { throw failure("create LineString") }
            return empty
        }
        guard positions.count >= 2 else {
            throw .invalidStructure("a LineString needs at least two positions, got \(positions.count)")
        }
        let sequence = try makeSequence(positions)
        guard let line = GEOSGeom_createLineString_r(handle, sequence) else { throw failure("create LineString") }
        return line
    }

    private func makeRing(_ positions: [Position]) throws(GeometryError) -> OpaquePointer {
        guard positions.count >= 4 else {
            throw .invalidStructure("a polygon ring needs at least four positions, got \(positions.count)")
        }
        guard positions.first == positions.last else {
            throw .invalidStructure("a polygon ring must end where it starts")
        }
        let sequence = try makeSequence(positions)
        guard let ring = GEOSGeom_createLinearRing_r(handle, sequence) else { throw failure("create LinearRing") }
        return ring
    }

    private func makePolygon(_ polygon: Polygon) throws(GeometryError) -> OpaquePointer {
        if polygon.exterior.isEmpty {
            guard let empty = GEOSGeom_createEmptyPolygon_r(handle) else { throw failure("create Polygon") }
            return empty
        }
        let shell = try makeRing(polygon.exterior)
        var holes: [OpaquePointer?] = []
        holes.reserveCapacity(polygon.holes.count)
        for hole in polygon.holes {
            do {
                holes.append(try makeRing(hole))
            } catch {
                GEOSGeom_destroy_r(handle, shell)
                for created in holes { GEOSGeom_destroy_r(handle, created) }
                throw error
            }
        }
        let created = holes.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createPolygon_r(handle, shell, buffer.baseAddress, UInt32(buffer.count))
        }
        guard let created else { throw failure("create Polygon") }
        return created
    }

    private func makeCollection(_ type: GEOSGeomTypes, _ members: [Geometry]) throws(GeometryError) -> OpaquePointer {
        var parts: [OpaquePointer?] = []
        parts.reserveCapacity(members.count)
        for member in members {
            do {
                parts.append(try makeRaw(member))
            } catch {
                for created in parts { GEOSGeom_destroy_r(handle, created) }
                throw error
            }
        }
        let created = parts.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createCollection_r(handle, Int32(type.rawValue), buffer.baseAddress, UInt32(buffer.count))
        }
        guard let created else { throw failure("create collection") }
        return created
    }

    // MARK: GEOS → Swift

    /// Reads a GEOS geometry (not consumed) into a Swift value. Empty geometries become an empty
    /// `GeometryCollection`, except empty multi-geometries, which keep their type.
    func readGeometry(_ pointer: OpaquePointer) throws(GeometryError) -> Geometry {
        let typeID = GEOSGeomTypeId_r(handle, pointer)
        let empty = GEOSisEmpty_r(handle, pointer) == 1
        switch Int(typeID) {
        case Int(GEOS_POINT.rawValue):
            if empty { return .geometryCollection(GeometryCollection([])) }
            let positions = try readSequence(of: pointer)
            guard let first = positions.first else { throw failure("read Point") }
            return .point(Point(first))
        case Int(GEOS_LINESTRING.rawValue), Int(GEOS_LINEARRING.rawValue):
            if empty { return .geometryCollection(GeometryCollection([])) }
            return .lineString(LineString(try readSequence(of: pointer)))
        case Int(GEOS_POLYGON.rawValue):
            if empty { return .geometryCollection(GeometryCollection([])) }
            return .polygon(try readPolygon(pointer))
        case Int(GEOS_MULTIPOINT.rawValue):
            return .multiPoint(
                MultiPoint(
                    try members(of: pointer).compactMap { member -> Position? in
                        if case .point(let point) = member { return point.position }
                        return nil
                    }))
        case Int(GEOS_MULTILINESTRING.rawValue):
            return .multiLineString(
                MultiLineString(
                    try members(of: pointer).compactMap { member -> LineString? in
                        if case .lineString(let line) = member { return line }
                        return nil
                    }))
        case Int(GEOS_MULTIPOLYGON.rawValue):
            return .multiPolygon(
                MultiPolygon(
                    try members(of: pointer).compactMap { member -> Polygon? in
                        if case .polygon(let polygon) = member { return polygon }
                        return nil
                    }))
        case Int(GEOS_GEOMETRYCOLLECTION.rawValue):
            return .geometryCollection(GeometryCollection(try members(of: pointer)))
        default:
            throw failure("read geometry of type \(typeID)")
        }
    }

    private func members(of pointer: OpaquePointer) throws(GeometryError) -> [Geometry] {
        let count = GEOSGetNumGeometries_r(handle, pointer)
        guard count >= 0 else { throw failure("count members") }
        var result: [Geometry] = []
        result.reserveCapacity(Int(count))
        for index in 0..<count {
            guard let member = GEOSGetGeometryN_r(handle, pointer, index) else { throw failure("read member") }
            result.append(try readGeometry(member))
        }
        return result
    }

    private func readPolygon(_ pointer: OpaquePointer) throws(GeometryError) -> Polygon {
        guard let shell = GEOSGetExteriorRing_r(handle, pointer) else { throw failure("read exterior ring") }
        let exterior = try readSequence(of: shell)
        let holeCount = GEOSGetNumInteriorRings_r(handle, pointer)
        guard holeCount >= 0 else { throw failure("count holes") }
        var holes: [[Position]] = []
        for index in 0..<holeCount {
            guard let ring = GEOSGetInteriorRingN_r(handle, pointer, index) else { throw failure("read hole") }
            holes.append(try readSequence(of: ring))
        }
        return Polygon(exterior: exterior, holes: holes)
    }

    private func readSequence(of pointer: OpaquePointer) throws(GeometryError) -> [Position] {
        guard let sequence = GEOSGeom_getCoordSeq_r(handle, pointer) else { throw failure("read coordinates") }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(handle, sequence, &size) != 0 else { throw failure("read coordinate count") }
        var flat = [Double](repeating: 0, count: Int(size) * 2)
        let status = flat.withUnsafeMutableBufferPointer { buffer in
            GEOSCoordSeq_copyToBuffer_r(handle, sequence, buffer.baseAddress, 0, 0)
        }
        guard status != 0 else { throw failure("copy coordinates") }
        return (0..<Int(size)).map { Position(x: flat[2 * $0], y: flat[2 * $0 + 1]) }
    }
}
