import Foundation
import RouteCheckGeo

/// The map's projection and its fit to the picture: a Lambert azimuthal equal-area projection (PROJ)
/// centred on the middle of the data, scaled so the data fills the frame with a margin.
/// Never raw longitude/latitude.
struct MapFrame {
    let width: Double
    let height: Double
    /// The picture's extent in longitude/latitude, widened a little; its longitudes are continuous around the centre
    /// (they may pass ±180° when the picture straddles the antimeridian).
    let geographicExtent: BoundingBox
    /// The same extent cut at the antimeridian into boxes within −180…180° (two when the picture straddles it),
    /// for clipping the land layers stored in that range.
    let landBoxes: [BoundingBox]
    let centre: GeographicCoordinate
    let projection: CoordinateTransformer
    /// Pixels per projected metre.
    let scale: Double
    let originX: Double
    let originY: Double

    /// - Parameter extent: the data's extent in degrees; its longitudes may run past 180° (see
    ///   ``continuousExtent(_:)``) so data on both sides of the antimeridian is framed as one area.
    init(extent: BoundingBox, width: Double, height: Double, margin: Double = 0.08) throws {
        self.width = width
        self.height = height
        centre = GeographicCoordinate(
            latitude: (extent.minY + extent.maxY) / 2,
            longitude: wrapLongitude((extent.minX + extent.maxX) / 2))
        projection = try CoordinateTransformer(
            operation:
                "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step +proj=laea "
                + "+lat_0=\(centre.latitude) +lon_0=\(centre.longitude) +ellps=WGS84"
        )
        // Project a grid over the extent to find its projected bounds.
        var samples: [Position] = []
        for i in 0...8 {
            for j in 0...8 {
                samples.append(
                    Position(
                        x: extent.minX + (extent.maxX - extent.minX) * Double(i) / 8,
                        y: extent.minY + (extent.maxY - extent.minY) * Double(j) / 8))
            }
        }
        let projected = try projection.transform(samples)
        var box = BoundingBox(projected[0])
        for p in projected { box.extend(p) }
        let spanX = max(box.maxX - box.minX, 20_000), spanY = max(box.maxY - box.minY, 20_000)
        let usableWidth = width * (1 - 2 * margin), usableHeight = height * (1 - 2 * margin) - 40
        scale = min(usableWidth / spanX, usableHeight / spanY)
        originX = (box.minX + box.maxX) / 2 - width / 2 / scale
        originY = (box.minY + box.maxY) / 2 + (height / 2 - 10) / scale
        // The land to draw: the longitude/latitude box of the whole picture (its edges sampled and
        // projected back), widened a little so no cut shows inside the frame.
        var edge: [Position] = []
        for step in 0...24 {
            let t = Double(step) / 24
            for (px, py) in [(t * width, 0.0), (t * width, height), (0.0, t * height), (width, t * height)] {
                edge.append(Position(x: originX + px / scale, y: originY - py / scale))
            }
        }
        // Longitudes made continuous around the centre, so a picture across ±180° is one box, not the whole world.
        let centreLongitude = centre.longitude
        let back = try projection.transform(edge, inverse: true).map { p in
            Position(x: centreLongitude + wrapLongitude(p.x - centreLongitude), y: p.y)
        }
        var geographic = BoundingBox(back[0])
        for p in back { geographic.extend(p) }
        let padX = (geographic.maxX - geographic.minX) * 0.1 + 1, padY = (geographic.maxY - geographic.minY) * 0.1 + 1
        let minX = max(centreLongitude - 180, geographic.minX - padX),
            maxX = min(centreLongitude + 180, geographic.maxX + padX)
        let minY = max(-89.9, geographic.minY - padY), maxY = min(89.9, geographic.maxY + padY)
        geographicExtent = BoundingBox(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
        landBoxes = [-360.0, 0, 360].compactMap { shift in
            let west = max(-180, minX + shift), east = min(180, maxX + shift)
            return west < east ? BoundingBox(minX: west, minY: minY, maxX: east, maxY: maxY) : nil
        }
    }

    /// The extent of `boxes` (longitude/latitude) over the shorter way round: when data lies on both sides of the
    /// antimeridian (Suva and Apia), the western longitudes are carried past 180° so the extent spans the Pacific
    /// rather than the whole world. Boxes as GeoJSON gives them, within −180…180°.
    static func continuousExtent(_ boxes: [BoundingBox]) -> BoundingBox? {
        guard var plain = boxes.first else { return nil }
        for box in boxes.dropFirst() { plain.extend(box) }
        let shifted = boxes.map { box in
            box.maxX < 0 ? BoundingBox(minX: box.minX + 360, minY: box.minY, maxX: box.maxX + 360, maxY: box.maxY) : box
        }
        var eastward = shifted[0]
        for box in shifted.dropFirst() { eastward.extend(box) }
        return eastward.maxX - eastward.minX < plain.maxX - plain.minX ? eastward : plain
    }

    /// Pixel coordinates of projected metres.
    func pixel(_ projected: Position) -> Position {
        Position(x: (projected.x - originX) * scale, y: (originY - projected.y) * scale)
    }

    /// Pixel coordinates of longitude/latitude positions.
    func pixels(_ positions: [Position]) throws -> [Position] {
        try projection.transform(positions).map(pixel)
    }

    /// Metres on the ground per pixel at the centre (the projection is true to scale at its centre).
    var metresPerPixel: Double { 1 / scale }
}
