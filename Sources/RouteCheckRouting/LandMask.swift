import Foundation
import RouteCheckGazetteer
import RouteCheckGeo

/// The land of the embedded country polygons (DCW-GMT, `Data/routecheck.gpkg`) inside a
/// longitude/latitude box, for routing on water. Each country's territory is read once and kept.
///
/// Lakes are filled (only exterior rings are returned): a sea route cannot reach them.
/// Thread safety: `Sendable`; the cache is a ``ConcurrentCache``.
public final class LandMask: Sendable {
    let gazetteer: Gazetteer
    private let cache = ConcurrentCache<String, Geometry>(limit: 1_024)

    /// What the land was read from: the database's path, size and modification time (part of the keys of
    /// ``SeaRegionStore``, so coasts built from other data are never reused).
    public let dataIdentity: String

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        let attributes = try? FileManager.default.attributesOfItem(atPath: gazetteer.path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        dataIdentity = "\(gazetteer.path) \(size) \(Int64(modified))"
    }

    /// The land polygons inside `box` (degrees). The box may run past ±180° (e.g. `minX` -190); the
    /// parts beyond are taken from the other side and shifted by 360°, so the returned longitudes run
    /// on continuously across the antimeridian.
    /// - Throws: ``GazetteerError`` when the database cannot be read, ``GeometryError`` when GEOS fails.
    public func polygons(in box: BoundingBox) throws -> [Polygon] {
        var parts: [(BoundingBox, Double)] = [
            (BoundingBox(minX: max(box.minX, -180), minY: box.minY, maxX: min(box.maxX, 180), maxY: box.maxY), 0)
        ]
        if box.minX < -180 {
            parts.append((BoundingBox(minX: box.minX + 360, minY: box.minY, maxX: 180, maxY: box.maxY), -360))
        }
        if box.maxX > 180 {
            parts.append((BoundingBox(minX: -180, minY: box.minY, maxX: box.maxX - 360, maxY: box.maxY), 360))
        }
        var result: [Polygon] = []
        for (part, shift) in parts where part.minX < part.maxX {
            for code in try gazetteer.countryCodes(intersecting: part) {
                let clipped = try territory(code).clipped(to: part)
                for polygon in clipped.polygonMembers where polygon.exterior.count >= 4 {
                    result.append(Polygon(exterior: polygon.exterior.map { Position(x: $0.x + shift, y: $0.y) }))
                }
            }
        }
        return result
    }

    private func territory(_ code: String) throws -> Geometry {
        try cache.value(for: code) { try gazetteer.country($0).territory }
    }
}
