import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo

/// The rule for "in the south-west of a country" ("di barat daya Rusia").
///
/// The country is projected with PROJ into a cylindrical equal-area projection (`cea`) whose central
/// meridian is the middle of its largest polygon, so that areas are true and parallels and meridians are
/// straight. The point's position is then expressed as two shares of the country's **area** (GEOS
/// intersections): `x`, the share lying west of the point's meridian, and `y`, the share lying south of
/// its parallel. A part is the half on its side: south y ≤ 0.5, north y ≥ 0.5, west x ≤ 0.5, east
/// x ≥ 0.5; an intercardinal part is the quarter where both hold (south-west: x ≤ 0.5 and y ≤ 0.5).
/// Shares of area rather than of the bounding box keep far-flung islands and exclaves from
/// distorting the answer.
public enum CountryPart {
    public static func relativePosition(of point: GeographicCoordinate, in country: Country) throws -> Position {
        var largest: Polygon?
        if case .multiPolygon(let multi) = country.territory {
            largest = multi.polygons.max { $0.exterior.count < $1.exterior.count }
        } else if case .polygon(let polygon) = country.territory {
            largest = polygon
        }
        guard let largest, let box = Geometry.polygon(largest).boundingBox else {
            throw GeometryError.invalidStructure("\(country.code) has no polygon")
        }
        let centralMeridian = (box.minX + box.maxX) / 2
        let projection = try CoordinateTransformer(operation:
            "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step +proj=cea +lon_0=\(centralMeridian) +ellps=WGS84")
        let positions = country.territory.allPositions
        let projected = try projection.transform(positions + [point.position])
        var index = 0
        let area = country.territory.mapPositions { _ in
            defer { index += 1 }
            return projected[index]
        }
        let origin = projected[projected.count - 1]
        guard let extent = area.boundingBox else { throw GeometryError.invalidStructure("\(country.code) is empty") }
        let total = try area.planarArea()
        func share(minX: Double, minY: Double, maxX: Double, maxY: Double) throws -> Double {
            let clip = Geometry.polygon(Polygon(exterior: [
                Position(x: minX, y: minY), Position(x: maxX, y: minY), Position(x: maxX, y: maxY),
                Position(x: minX, y: maxY), Position(x: minX, y: minY),
            ]))
            return try area.intersection(clip).planarArea() / total
        }
        let margin = 1_000.0
        let west = origin.x <= extent.minX ? 0 : try share(minX: extent.minX - margin, minY: extent.minY - margin,
                                                           maxX: min(origin.x, extent.maxX + margin), maxY: extent.maxY + margin)
        let south = origin.y <= extent.minY ? 0 : try share(minX: extent.minX - margin, minY: extent.minY - margin,
                                                            maxX: extent.maxX + margin, maxY: min(origin.y, extent.maxY + margin))
        return Position(x: west, y: south)
    }

    public static func contains(_ part: CompassDirection, _ position: Position) -> Bool {
        let north = position.y >= 0.5, south = position.y <= 0.5, east = position.x >= 0.5, west = position.x <= 0.5
        switch part {
        case .north: return north
        case .south: return south
        case .east: return east
        case .west: return west
        case .northEast: return north && east
        case .northWest: return north && west
        case .southEast: return south && east
        case .southWest: return south && west
        }
    }
}
