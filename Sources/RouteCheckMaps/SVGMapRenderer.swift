import Foundation
import RouteCheckAnalysis
import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo

/// Renders GeoJSON (RouteCheck's analysis output or any file) as an SVG map: land and borders from the
/// embedded data, legs, claim lines coloured by verdict and labelled with claimed vs computed figures,
/// places with labels that do not collide, a scale bar in km and a legend.
public struct SVGMapRenderer: Sendable {
    public var width: Double
    public var height: Double
    let gazetteer: Gazetteer?

    public init(gazetteer: Gazetteer?, width: Double = 1000, height: Double = 700) {
        self.gazetteer = gazetteer
        self.width = width
        self.height = height
    }

    /// The features the map frames: legs and claims if there are any, else everything located.
    static func focus(_ features: [Feature]) -> [Feature] {
        let important = features.filter { [.leg, .claim].contains($0.role) && $0.geometry != nil }
        return important.isEmpty ? features.filter { $0.geometry != nil } : important
    }

    /// The longitude/latitude extent of the features the map frames.
    static func focusExtent(_ features: [Feature]) -> BoundingBox? {
        // Parts of a geometry split at the antimeridian count apart, so a line across it is two boxes, not one world.
        func boxes(_ geometry: Geometry) -> [BoundingBox] {
            switch geometry {
            case .multiLineString(let m): m.lineStrings.compactMap { Geometry.lineString($0).boundingBox }
            case .multiPolygon(let m): m.polygons.compactMap { Geometry.polygon($0).boundingBox }
            case .geometryCollection(let c): c.geometries.flatMap(boxes)
            default: geometry.boundingBox.map { [$0] } ?? []
            }
        }
        return MapFrame.continuousExtent(focus(features).compactMap(\.geometry).flatMap(boxes))
    }

    public func render(_ collection: FeatureCollection, title: String) throws -> String {
        let features = collection.features
        guard let extent = Self.focusExtent(features) else {
            throw GeometryError.invalidStructure("nothing to map: no feature has a geometry")
        }
        let frame = try MapFrame(extent: extent, width: width, height: height)
        var svg = SVGDocument(width: width, height: height)
        svg.rect(x: 0, y: 0, width: width, height: height, fill: "#dcecf5")
        try drawLand(&svg, frame)
        var labels = LabelPlacer(width: width, height: height)
        labels.reserve((0, 0, 320, 40)) // title
        labels.reserve((width - 250, height - 200, width, height)) // legend
        labels.reserve((0, height - 60, 260, height)) // scale bar and credits
        let lineLabels = try drawLines(&svg, frame, features)
        let places = try placeMarkers(&svg, frame, features)
        for place in places { labels.reserve((place.at.x - 5, place.at.y - 5, place.at.x + 5, place.at.y + 5)) }
        for label in lineLabels {
            labels.place(&svg, label.text, at: label.at, size: 12, weight: "bold", fill: label.colour)
        }
        for place in places {
            labels.place(&svg, place.name, at: place.at, size: 13, weight: "normal", fill: "#111111")
        }
        drawScaleBar(&svg, frame)
        drawLegend(&svg, features)
        svg.text(title, x: 16, y: 28, size: 18, weight: "bold", anchor: "start", halo: true)
        svg.text(
            "Lambert azimuthal equal-area centred on \(format(frame.centre.latitude, 1))°, "
                + "\(format(frame.centre.longitude, 1))°; "
                + "borders DCW-GMT; geodesics on WGS 84", x: 16, y: height - 10, size: 10, anchor: "start", halo: true)
        return svg.finish()
    }

    func drawLand(_ svg: inout SVGDocument, _ frame: MapFrame) throws {
        guard let gazetteer else { return }
        for box in frame.landBoxes {
            for code in try gazetteer.countryCodes(intersecting: box) {
                try drawTerritory(&svg, frame, try gazetteer.country(code).territory.clipped(to: box))
            }
        }
    }

    /// One country's land within the picture, projected, simplified to a pixel and drawn.
    func drawTerritory(_ svg: inout SVGDocument, _ frame: MapFrame, _ territory: Geometry) throws {
        let positions = territory.allPositions
        guard !positions.isEmpty else { return }
        let projected = try frame.projection.transform(positions)
        var index = 0
        let inMetres = territory.mapPositions { _ in
            defer { index += 1 }
            return projected[index]
        }
        let simple = try inMetres.simplified(tolerance: 1.0 * frame.metresPerPixel)
        svg.path(polygonPath(simple, frame), fill: "#f4efe1", stroke: "#8c8c8c", width: 0.7)
    }

    func polygonPath(_ geometry: Geometry, _ frame: MapFrame) -> String {
        var d = ""
        func ring(_ positions: [Position]) {
            for (index, p) in positions.enumerated() {
                let px = frame.pixel(p)
                d += (index == 0 ? "M" : "L") + "\(format(px.x, 1)) \(format(px.y, 1))"
            }
            d += "Z"
        }
        switch geometry {
        case .polygon(let p): p.rings.forEach(ring)
        case .multiPolygon(let m): m.polygons.forEach { $0.rings.forEach(ring) }
        case .geometryCollection(let c): for member in c.geometries { d += polygonPath(member, frame) }
        default: break
        }
        return d
    }

    func linePath(_ geometry: Geometry, _ frame: MapFrame) throws -> [[Position]] {
        // Follow the geodesic between vertices (legs from RouteCheck are already dense; others may not be).
        let dense = try Geodesic.wgs84.densified(geometry, maximumSpacing: .kilometers(20))
        var lines: [[Position]] = []
        switch dense {
        case .lineString(let l): lines.append(l.positions)
        case .multiLineString(let m): lines += m.lineStrings.map(\.positions)
        case .polygon(let p): lines += p.rings
        case .multiPolygon(let m): lines += m.polygons.flatMap(\.rings)
        default: break
        }
        return try lines.map { try frame.pixels($0) }
    }

    struct LineLabel {
        let text: String
        let at: Position
        let colour: String
    }

    func drawLines(_ svg: inout SVGDocument, _ frame: MapFrame, _ features: [Feature]) throws -> [LineLabel] {
        var labels: [LineLabel] = []
        for feature in features {
            guard let geometry = feature.geometry, feature.properties != nil else { continue }
            let role = feature.role
            switch geometry {
            case .lineString, .multiLineString, .polygon, .multiPolygon:
                let paths = try linePath(geometry, frame)
                if role == .claim {
                    let colour = ReportStyle.colour(Self.verdict(of: feature))
                    if Self.isLegCheck(feature) { continue } // drawn as the leg itself
                    for path in paths { svg.polyline(path, stroke: colour, width: 2.2, dash: "7 4") }
                    if let path = paths.first, !path.isEmpty {
                        let middle = path[path.count / 2]
                        let claimed = feature[.claimedMeters]?.numberValue.map { "claimed \(kilometres($0))" }
                        let computed = feature[.computedMeters]?.numberValue.map { "computed \(kilometres($0))" }
                        let text = [claimed, computed].compactMap { $0 }.joined(separator: " · ")
                        if !text.isEmpty { labels.append(LineLabel(text: text, at: middle, colour: colour)) }
                    }
                } else {
                    let mode = feature[.mode]?.stringValue ?? TransportMode.unknown.rawValue
                    let colour = role == .leg ? ReportStyle.colour(legMode: mode) : ReportStyle.neutral
                    for path in paths { svg.polyline(path, stroke: colour, width: role == .leg ? 2.6 : 1.5, dash: nil) }
                    if role == .leg, let path = paths.first, !path.isEmpty,
                        let distance = feature[.distanceMeters]?.numberValue
                    {
                        labels.append(
                            LineLabel(text: "\(mode) \(kilometres(distance))", at: path[path.count / 2], colour: colour)
                        )
                    }
                }
            default: continue
            }
        }
        return labels
    }

    struct PlaceMarker {
        let name: String
        let at: Position
        let rank: Double
    }

    /// Draws a dot for every place inside the frame (countries excepted) and returns them, most mentioned first.
    func placeMarkers(_ svg: inout SVGDocument, _ frame: MapFrame, _ features: [Feature]) throws -> [PlaceMarker] {
        var seen = Set<String>()
        var markers: [PlaceMarker] = []
        for feature in features {
            guard case .point(let point)? = feature.geometry else { continue }
            // Places of an analysis, and the points of any other file (whose `role`, if any, is not RouteCheck's).
            guard feature.role == .place || feature.role == nil else { continue }
            let name = feature[.name]?.stringValue ?? feature[.text]?.stringValue ?? ""
            let kind = feature[.kind]?.stringValue ?? ""
            guard !name.isEmpty, kind != PlaceKind.country.rawValue, !seen.contains(name) else { continue }
            seen.insert(name)
            let at = try frame.pixels([point.position])[0]
            guard at.x >= 0, at.x <= width, at.y >= 0, at.y <= height else { continue }
            markers.append(PlaceMarker(name: name, at: at, rank: feature[.mentions]?.numberValue ?? 1))
        }
        markers.sort { ($0.rank, $1.name) > ($1.rank, $0.name) }
        for marker in markers { svg.circle(x: marker.at.x, y: marker.at.y, r: 4, fill: "#222222", stroke: "#ffffff") }
        return markers
    }

    func drawScaleBar(_ svg: inout SVGDocument, _ frame: MapFrame) {
        let target = width / 5 * frame.metresPerPixel / 1000
        let nice = [1.0, 2, 5, 10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000].last { $0 <= target } ?? 1
        let length = nice * 1000 / frame.metresPerPixel
        let x = 20.0, y = height - 34
        svg.rect(x: x - 6, y: y - 18, width: length + 60, height: 28, fill: "#ffffffcc")
        svg.polyline([Position(x: x, y: y), Position(x: x + length, y: y)], stroke: "#000000", width: 3, dash: nil)
        for tick in [x, x + length] {
            svg.polyline(
                [Position(x: tick, y: y - 5), Position(x: tick, y: y + 3)], stroke: "#000000", width: 1.5, dash: nil)
        }
        svg.text("\(Int(nice)) km", x: x + length + 6, y: y + 4, size: 12, anchor: "start", halo: false)
    }

    func drawLegend(_ svg: inout SVGDocument, _ features: [Feature]) {
        var items: [(String, String, String?)] = [("land and borders (DCW-GMT)", "#8c8c8c", nil)]
        // A leg is drawn along its route when it was routed (`routed`, written by both analyze and route).
        var modes: [String: Bool] = [:]
        for feature in features where feature.role == .leg {
            guard let mode = feature[.mode]?.stringValue else { continue }
            modes[mode] = (modes[mode] ?? false) || feature[.routed] == .bool(true)
        }
        for (mode, routed) in modes.sorted(by: { $0.key < $1.key }) {
            items.append(("\(mode) leg (\(routed ? "routed" : "geodesic"))", ReportStyle.colour(legMode: mode), nil))
        }
        func isLine(_ geometry: Geometry?) -> Bool {
            if case .lineString? = geometry { return true }
            if case .multiLineString? = geometry { return true }
            return false
        }
        for verdict in Verdict.allCases
        where features.contains(where: {
            $0.role == .claim && Self.verdict(of: $0) == verdict && !Self.isLegCheck($0) && isLine($0.geometry)
        }) {
            items.append(("claim \(verdict.rawValue)", ReportStyle.colour(verdict), "7 4"))
        }
        let boxWidth = 230.0, boxHeight = Double(items.count) * 18 + 12
        let x = width - boxWidth - 12, y = height - boxHeight - 24
        svg.rect(x: x, y: y, width: boxWidth, height: boxHeight, fill: "#ffffffdd")
        for (index, item) in items.enumerated() {
            let rowY = y + 18 + Double(index) * 18
            svg.polyline(
                [Position(x: x + 10, y: rowY - 4), Position(x: x + 40, y: rowY - 4)], stroke: item.1, width: 3,
                dash: item.2)
            svg.text(item.0, x: x + 48, y: rowY, size: 12, anchor: "start", halo: false)
        }
    }

    /// A claim feature's verdict (unverifiable when it has none or an unknown one).
    static func verdict(of feature: Feature) -> Verdict {
        feature[.verdict]?.stringValue.flatMap(Verdict.init(rawValue:)) ?? .unverifiable
    }

    /// A route leg's check, whose line is the leg's own feature.
    static func isLegCheck(_ feature: Feature) -> Bool {
        feature[.check]?.stringValue == CheckKind.routeLeg.rawValue
    }

    func kilometres(_ metres: Double) -> String { ReportNumbers.mapKilometres(Length(meters: metres)) }
}

/// SVG numbers: `decimals` decimals, a decimal point.
func format(_ value: Double, _ decimals: Int) -> String { ReportNumbers.decimal(value, decimals) }

/// Greedy label placement: each label tries eight positions around its anchor and takes the first that
/// overlaps no label, marker or reserved box; a label with no free position is left out.
struct LabelPlacer {
    let width: Double
    let height: Double
    private var boxes: [(Double, Double, Double, Double)] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    mutating func reserve(_ box: (Double, Double, Double, Double)) { boxes.append(box) }

    func free(_ box: (Double, Double, Double, Double)) -> Bool {
        box.0 >= 0 && box.2 <= width && box.1 >= 0 && box.3 <= height
            && !boxes.contains { !($0.2 <= box.0 || box.2 <= $0.0 || $0.3 <= box.1 || box.3 <= $0.1) }
    }

    mutating func place(
        _ svg: inout SVGDocument, _ text: String, at: Position, size: Double, weight: String, fill: String
    ) {
        let w = Double(text.count) * size * (weight == "bold" ? 0.64 : 0.6) + 4
        let options: [(Double, Double, String)] = [
            (8, -5, "start"), (8, size + 3, "start"), (-8, -5, "end"), (-8, size + 3, "end"),
            (0, -10, "middle"), (0, size + 9, "middle"), (14, 4, "start"), (-14, 4, "end"),
        ]
        for (dx, dy, anchor) in options {
            let x = at.x + dx, baseline = at.y + dy
            let left = anchor == "start" ? x : (anchor == "end" ? x - w : x - w / 2)
            let box = (left, baseline - size, left + w, baseline + 3)
            if free(box) {
                boxes.append(box)
                svg.text(text, x: x, y: baseline, size: size, weight: weight, anchor: anchor, fill: fill, halo: true)
                return
            }
        }
    }
}
