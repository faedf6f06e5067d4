import Foundation
import RouteCheckGeo

/// The file form of a ``CoastRegion`` kept by ``SeaRegionStore``: little-endian binary,
///
///     "RCCOAST\n", UInt32 version, UInt32 key length, key (UTF-8),
///     Float64 centre latitude, longitude (degrees), radius, clearance (metres),
///     land rings, water-line rings: UInt32 ring count, then per ring UInt32 point count and Float64 x, y pairs,
///     corners: UInt32 count, then per corner 8 × Float64 (x, y, longitude, latitude, previous x, y, next x, y).
///
/// Reading checks every count against the bytes left and every number for finiteness; any fault (or a key
/// other than the one asked for) gives nil, and the store builds the region again.
enum CoastRegionCoding {
    static let version: UInt32 = 1
    private static let magic = Array("RCCOAST\n".utf8)

    static func encode(_ coast: CoastRegion, key: String) -> Data {
        var bytes: [UInt8] = magic
        func put(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        func put(_ value: Double) { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 } }
        func put(_ rings: [[Position]]) {
            put(UInt32(rings.count))
            for ring in rings {
                put(UInt32(ring.count))
                for point in ring {
                    put(point.x)
                    put(point.y)
                }
            }
        }
        put(version)
        let keyBytes = Array(key.utf8)
        put(UInt32(keyBytes.count))
        bytes += keyBytes
        put(coast.center.latitude)
        put(coast.center.longitude)
        put(coast.radius.meters)
        put(coast.clearance.meters)
        put(coast.landRings)
        put(coast.shoreRings)
        put(UInt32(coast.corners.count))
        for corner in coast.corners {
            for value in [
                corner.point.x, corner.point.y, corner.coordinate.longitude, corner.coordinate.latitude,
                corner.previous.x, corner.previous.y, corner.next.x, corner.next.y,
            ] { put(value) }
        }
        return Data(bytes)
    }

    static func decode(_ data: Data, key: String) -> CoastRegion? {
        var reader = Reader(bytes: [UInt8](data))
        guard reader.take(magic.count) == magic, reader.uint32() == version,
            let keyLength = reader.uint32(), let keyBytes = reader.take(Int(keyLength)),
            String(decoding: keyBytes, as: UTF8.self) == key,
            let latitude = reader.double(), let longitude = reader.double(),
            let radius = reader.double(), let clearance = reader.double(),
            let landRings = reader.rings(), let shoreRings = reader.rings(),
            let cornerCount = reader.uint32(), reader.remaining >= Int(cornerCount) * 64
        else { return nil }
        var corners: [CoastRegion.Corner] = []
        corners.reserveCapacity(Int(cornerCount))
        for _ in 0..<cornerCount {
            guard let values = reader.doubles(8) else { return nil }
            corners.append(
                CoastRegion.Corner(
                    point: Position(x: values[0], y: values[1]),
                    coordinate: GeographicCoordinate(
                        latitude: values[3],
                        longitude: values[2]),
                    previous: Position(x: values[4], y: values[5]),
                    next: Position(x: values[6], y: values[7])))
        }
        guard reader.remaining == 0 else { return nil }
        return CoastRegion(
            center: GeographicCoordinate(latitude: latitude, longitude: longitude),
            radius: Length(meters: radius), clearance: Length(meters: clearance),
            landRings: landRings, shoreRings: shoreRings, corners: corners)
    }

    /// A bounds-checked little-endian reader.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0
        var remaining: Int { bytes.count - offset }

        mutating func take(_ count: Int) -> [UInt8]? {
            guard count >= 0, count <= remaining else { return nil }
            defer { offset += count }
            return Array(bytes[offset..<(offset + count)])
        }

        mutating func uint32() -> UInt32? {
            guard remaining >= 4 else { return nil }
            var value: UInt32 = 0
            for k in 0..<4 { value |= UInt32(bytes[offset + k]) << (8 * UInt32(k)) }
            offset += 4
            return value
        }

        mutating func double() -> Double? {
            guard remaining >= 8 else { return nil }
            var pattern: UInt64 = 0
            for k in 0..<8 { pattern |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
            offset += 8
            let value = Double(bitPattern: pattern)
            return value.isFinite ? value : nil
        }

        mutating func doubles(_ count: Int) -> [Double]? {
            guard remaining >= count * 8 else { return nil }
            var values: [Double] = []
            values.reserveCapacity(count)
            for _ in 0..<count {
                guard let value = double() else { return nil }
                values.append(value)
            }
            return values
        }

        mutating func rings() -> [[Position]]? {
            guard let ringCount = uint32(), remaining >= Int(ringCount) * 4 else { return nil }
            var rings: [[Position]] = []
            for _ in 0..<ringCount {
                guard let pointCount = uint32(), remaining >= Int(pointCount) * 16,
                    let values = doubles(Int(pointCount) * 2)
                else { return nil }
                rings.append(
                    stride(from: 0, to: values.count, by: 2).map {
                        Position(x: values[$0], y: values[$0 + 1])
                    })
            }
            return rings
        }
    }
}
