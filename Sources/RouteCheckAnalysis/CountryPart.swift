import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo

/// The rule for "in the south-west of a country" ("di barat daya Rusia").
///
/// The country is projected with PROJ into a cylindrical equal-area projection (`cea`) whose central
/// meridian is the middle of its largest polygon, so that areas are true and parallels and meridians are
/// straight. The point's position is then expressed as two shares of the country's **area** (GEOS
/// rectangle clipping): `x`, the share lying west of the point's meridian, and `y`, the share lying
/// south of its parallel. A part is the half on its side: south y ≤ 0.5, north y ≥ 0.5, west x ≤ 0.5,
/// east x ≥ 0.5; an intercardinal part is the quarter where both hold (south-west: x ≤ 0.5 and
/// y ≤ 0.5). Shares of area rather than of the bounding box keep far-flung islands and exclaves from
/// distorting the answer.
public struct CountryPart: Sendable {
    public let code: String
    let projected: Geometry
    let extent: BoundingBox
    let totalArea: Double
    let centralMeridian: Double

    /// Projects `country` once; reuse the value for many points.
    public init(_ country: Country) throws {
        var largest: Polygon?
        if case .multiPolygon(let multi) = country.territory {
            largest = multi.polygons.max { $0.exterior.count < $1.exterior.count }
        } else if case .polygon(let polygon) = country.territory {
            largest = polygon
        }
        guard let largest, let box = Geometry.polygon(largest).boundingBox else {
            throw GeometryError.invalidStructure("\(country.code) has no polygon")
        }
        code = country.code
        centralMeridian = (box.minX + box.maxX) / 2
        let projection = try Self.projection(centralMeridian)
        let projectedPositions = try projection.transform(country.territory.allPositions)
        var index = 0
        projected = country.territory.mapPositions { _ in
            defer { index += 1 }
            return projectedPositions[index]
        }
        guard let extent = projected.boundingBox else {
            throw GeometryError.invalidStructure("\(country.code) is empty")
        }
        self.extent = extent
        totalArea = try projected.planarArea()
    }

    static func projection(_ meridian: Double) throws -> CoordinateTransformer {
        try CoordinateTransformer(
            operation:
                "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step +proj=cea +lon_0=\(meridian) "
                + "+ellps=WGS84"
        )
    }

    /// The shares of the country's area west (`x`) and south (`y`) of `point`, each in [0, 1].
    public func relativePosition(of point: GeographicCoordinate) throws -> Position {
        let origin = try Self.projection(centralMeridian).transform(point.position)
        let margin = 1_000.0
        func share(_ rectangle: BoundingBox) throws -> Double {
            try projected.clipped(to: rectangle).planarArea() / totalArea
        }
        let west =
            origin.x <= extent.minX
            ? 0
            : try share(
                BoundingBox(
                    minX: extent.minX - margin, minY: extent.minY - margin, maxX: min(origin.x, extent.maxX + margin),
                    maxY: extent.maxY + margin))
        let south =
            origin.y <= extent.minY
            ? 0
            : try share(
                BoundingBox(
                    minX: extent.minX - margin, minY: extent.minY - margin, maxX: extent.maxX + margin,
                    maxY: min(origin.y, extent.maxY + margin)))
        return Position(x: min(1, west), y: min(1, south))
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
