import Foundation
import RouteCheckGeo

/// Decodes GeoPackage geometry blobs (OGC 12-128r18 §2.1.3): "GP", version, flags, srs_id,
/// optional envelope, then standard WKB. The one decoder of the package: the gazetteer's places and countries and the
/// routing networks' nodes are read through it (byte order from the WKB, envelope from the flags).
package enum GeoPackageGeometry {
    package enum DecodeError: Error, CustomStringConvertible {
        case notGeoPackage, badEnvelope(Int), truncated
        package var description: String {
            switch self {
            case .notGeoPackage: "blob does not start with 'GP'"
            case .badEnvelope(let code): "unknown envelope code \(code)"
            case .truncated: "blob is truncated"
            }
        }
    }

    /// Offset of the WKB inside the blob.
    package static func wkbOffset(_ blob: Data) throws -> Int {
        guard blob.count >= 8 else { throw DecodeError.truncated }
        let bytes = [UInt8](blob.prefix(8))
        guard bytes[0] == 0x47, bytes[1] == 0x50 else { throw DecodeError.notGeoPackage }
        let envelopeCode = Int((bytes[3] >> 1) & 0b111)
        let envelopeSizes = [0, 32, 48, 48, 64]
        guard envelopeCode < envelopeSizes.count else { throw DecodeError.badEnvelope(envelopeCode) }
        let offset = 8 + envelopeSizes[envelopeCode]
        guard blob.count > offset else { throw DecodeError.truncated }
        return offset
    }

    /// Any geometry, through GEOS's WKB reader.
    package static func geometry(_ blob: Data) throws -> Geometry {
        let offset = try wkbOffset(blob)
        return try Geometry(wkb: [UInt8](blob.dropFirst(offset)))
    }

    /// A point, read directly (21-byte WKB point) without GEOS: the hot path for place look-ups.
    package static func point(_ blob: Data) throws -> Position {
        let offset = try wkbOffset(blob)
        let wkb = [UInt8](blob.dropFirst(offset))
        guard wkb.count >= 21 else { throw DecodeError.truncated }
        let littleEndian = wkb[0] == 1
        func double(at index: Int) -> Double {
            var bits: UInt64 = 0
            for byte in 0..<8 {
                let value = UInt64(wkb[index + byte])
                bits |= littleEndian ? value << (8 * UInt64(byte)) : value << (8 * UInt64(7 - byte))
            }
            return Double(bitPattern: bits)
        }
        return Position(x: double(at: 5), y: double(at: 13))
    }
}
