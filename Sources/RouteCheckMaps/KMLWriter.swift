import Foundation
import RouteCheckAnalysis
import RouteCheckGeo

/// Writes a GeoJSON feature collection as KML 2.2 (OGC 12-007r2), the format Google Earth Pro opens: one Placemark a
/// feature, its properties as `ExtendedData` and as a readable description, claims styled by verdict (the colours of
/// the SVG and HTML maps). Coordinates stay WGS 84 longitude, latitude, as KML requires. Every text is XML-escaped
/// (article text cannot close an element or open a CDATA section).
public struct KMLWriter: Sendable {
    /// Writes coordinates with this writer's rounding (7 decimals, about 1 cm, unless told otherwise).
    let coordinates: GeoJSONWriter

    /// - Parameter coordinatePrecision: decimals kept in coordinates (0–15).
    public init(coordinatePrecision: Int = 7) {
        coordinates = GeoJSONWriter(coordinatePrecision: coordinatePrecision)
    }

    /// The KML document for `collection`, named `title`.
    public func string(_ collection: FeatureCollection, title: String) -> String {
        var out =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n"
        out += "<name>\(Self.escape(title))</name>\n"
        for verdict in Verdict.allCases.sorted(by: { $0.rawValue < $1.rawValue }) {
            let kml = Self.kmlColour(ReportStyle.colour(verdict))
            out +=
                "<Style id=\"verdict-\(verdict.rawValue)\"><IconStyle><color>\(kml)</color></IconStyle>"
                + "<LineStyle><color>\(kml)</color><width>3</width></LineStyle></Style>\n"
        }
        out +=
            "<Style id=\"default\"><LineStyle><color>\(Self.kmlColour(ReportStyle.neutral))</color><width>2</width></LineStyle></Style>\n"
        for feature in collection.features {
            guard let geometry = feature.geometry else { continue }
            out += placemark(geometry, properties: feature.properties ?? [:])
        }
        return out + "</Document>\n</kml>\n"
    }

    func placemark(_ geometry: Geometry, properties: [String: JSONValue]) -> String {
        let name =
            [ReportProperty.name, .subject, .place, .text, .role].lazy
            .compactMap { properties[$0.rawValue]?.stringValue }.first ?? "feature"
        let verdict = properties[ReportProperty.verdict.rawValue]?.stringValue.flatMap(Verdict.init(rawValue:))
        let style = verdict.map { "verdict-\($0.rawValue)" } ?? "default"
        var out = "<Placemark><name>\(Self.escape(name))</name><styleUrl>#\(style)</styleUrl>"
        let lines = properties.keys.sorted().compactMap { key in properties[key].map { "\(key): \(Self.plain($0))" } }
        out += "<description>\(Self.escape(lines.joined(separator: "\n")))</description><ExtendedData>"
        for key in properties.keys.sorted() {
            guard let value = properties[key] else { continue }
            out += "<Data name=\"\(Self.escape(key))\"><value>\(Self.escape(Self.plain(value)))</value></Data>"
        }
        return out + "</ExtendedData>" + kmlGeometry(geometry) + "</Placemark>\n"
    }

    func kmlGeometry(_ geometry: Geometry) -> String {
        func coordinates(_ positions: [Position]) -> String {
            let pairs: [String] = positions.map { position -> String in
                self.coordinates.formatCoordinate(position.x) + "," + self.coordinates.formatCoordinate(position.y)
            }
            return "<coordinates>" + pairs.joined(separator: " ") + "</coordinates>"
        }
        func polygon(_ polygon: Polygon) -> String {
            guard let outer = polygon.rings.first else { return "" }
            var out = "<Polygon><outerBoundaryIs><LinearRing>\(coordinates(outer))</LinearRing></outerBoundaryIs>"
            for hole in polygon.rings.dropFirst() {
                out += "<innerBoundaryIs><LinearRing>\(coordinates(hole))</LinearRing></innerBoundaryIs>"
            }
            return out + "</Polygon>"
        }
        switch geometry {
        case .point(let p): return "<Point>\(coordinates([p.position]))</Point>"
        case .multiPoint(let m):
            return "<MultiGeometry>" + m.positions.map { "<Point>\(coordinates([$0]))</Point>" }.joined()
                + "</MultiGeometry>"
        case .lineString(let l): return "<LineString><tessellate>1</tessellate>\(coordinates(l.positions))</LineString>"
        case .multiLineString(let m):
            return "<MultiGeometry>"
                + m.lineStrings.map {
                    "<LineString><tessellate>1</tessellate>\(coordinates($0.positions))</LineString>"
                }
                .joined() + "</MultiGeometry>"
        case .polygon(let p): return polygon(p)
        case .multiPolygon(let m): return "<MultiGeometry>" + m.polygons.map(polygon).joined() + "</MultiGeometry>"
        case .geometryCollection(let c):
            return "<MultiGeometry>" + c.geometries.map(kmlGeometry).joined() + "</MultiGeometry>"
        }
    }

    /// A property value as text: strings as they are, everything else as compact JSON.
    static func plain(_ value: JSONValue) -> String {
        value.stringValue ?? value.jsonText
    }

    /// XML text and attribute escaping; characters XML 1.0 forbids (control characters) are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\t", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// "#1a9641" (CSS rgb) → "ff41961a" (KML aabbggrr).
    static func kmlColour(_ css: String) -> String {
        let hex = css.hasPrefix("#") ? String(css.dropFirst()) : css
        guard hex.count == 6 else { return "ff7f7f7f" }
        let r = hex.prefix(2), g = hex.dropFirst(2).prefix(2), b = hex.suffix(2)
        return "ff\(b)\(g)\(r)"
    }
}
