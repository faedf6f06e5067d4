import RouteCheckGeo

/// The island group a place stands on, within a country's outline, and the outline without it.
///
/// Border data sometimes gives a small island group to a neighbour (the Digital Chart of the World draws Yeonpyeong,
/// a South Korean island, inside North Korea, and Kinmen, held by Taiwan, inside China). A distance claimed from
/// such an island to "the border" or to the neighbour's mainland means the neighbour's nearest *other* land. The
/// group is the outline's part that holds the place, and every part near it (within ``searchRadius``) that lies
/// nearer to the group than to the country's largest part, found by growing the group until no part joins (so a
/// chain of islets off the group joins it; an islet off the mainland does not).
///
/// Planar distances in degrees decide membership only (which of two parts is nearer); the distance reported is
/// measured on the ellipsoid from what remains.
struct IslandGroup: Sendable {
    /// The country's outline without the group.
    let remainder: Geometry
    /// How many polygons of the outline the group holds (1 for a lone island).
    let partCount: Int

    /// How far from the place (degrees, about 55 km) parts are considered for the group.
    static let searchRadius = 0.5

    /// The group holding `position` (longitude/latitude) in `territory`, or nil when no part holds it or the part
    /// holding it is the country's largest (the place is on its mainland: the outline is not disputing an island).
    /// - Throws: `GeometryError` when GEOS fails.
    init?(holding position: Position, in territory: Geometry) throws(GeometryError) {
        let parts = territory.polygonMembers.map(Geometry.polygon)
        guard parts.count > 1 else { return nil }
        let point = Geometry.point(Point(position))
        var largest = 0
        var largestArea = -1.0
        var home: Int?
        var nearby: [Int] = []
        for (index, part) in parts.enumerated() {
            let area = try part.planarArea()
            if area > largestArea {
                largest = index
                largestArea = area
            }
            guard let box = part.boundingBox,
                box.minX - Self.searchRadius <= position.x, position.x <= box.maxX + Self.searchRadius,
                box.minY - Self.searchRadius <= position.y, position.y <= box.maxY + Self.searchRadius
            else { continue }
            let distance = try part.planarDistance(to: point)
            if distance == 0, home == nil { home = index }
            if distance < Self.searchRadius { nearby.append(index) }
        }
        guard let home, home != largest else { return nil }
        var group: Set<Int> = [home]
        var toMainland: [Int: Double] = [:]
        let mainland = try PreparedGeometry(parts[largest])
        for index in nearby where index != largest && index != home {
            toMainland[index] = try mainland.planarDistance(to: parts[index])
        }
        var grew = true
        while grew {
            grew = false
            for (index, mainland) in toMainland where !group.contains(index) {
                var toGroup = Double.infinity
                for member in group {
                    toGroup = min(toGroup, try parts[index].planarDistance(to: parts[member]))
                }
                if toGroup < mainland {
                    group.insert(index)
                    grew = true
                }
            }
        }
        let kept = parts.indices.filter { !group.contains($0) }.flatMap { parts[$0].polygonMembers }
        remainder = .multiPolygon(MultiPolygon(kept))
        partCount = group.count
    }
}
