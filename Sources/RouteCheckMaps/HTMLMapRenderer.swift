import Foundation
import RouteCheckAnalysis
import RouteCheckGazetteer
import RouteCheckGeo

/// One self-contained, offline HTML page with an interactive map: Leaflet (Debian `libjs-leaflet`,
/// BSD-2-Clause) inlined, country outlines from the embedded data as a vector layer instead of web
/// tiles, the features styled by role and verdict, popups with each claim's verdict and figures, and
/// place labels. Nothing is fetched when the page is viewed.
public struct HTMLMapRenderer: Sendable {
    let gazetteer: Gazetteer?
    /// Where Leaflet is read from (Debian's `libjs-leaflet`).
    public var leafletDirectory: String

    public init(gazetteer: Gazetteer?, leafletDirectory: String = "/usr/share/javascript/leaflet") {
        self.gazetteer = gazetteer
        self.leafletDirectory = leafletDirectory
    }

    public enum HTMLMapError: Error, CustomStringConvertible {
        case leafletMissing(String)
        public var description: String {
            switch self {
            case .leafletMissing(let path):
                "Leaflet is not at \(path): install Debian's libjs-leaflet (Scripts/install-deps does)"
            }
        }
    }

    public func render(_ collection: FeatureCollection, title: String) throws -> String {
        let script = leafletDirectory + "/leaflet.js", style = leafletDirectory + "/leaflet.css"
        guard let leaflet = try? String(contentsOfFile: script, encoding: .utf8),
            let css = try? String(contentsOfFile: style, encoding: .utf8)
        else { throw HTMLMapError.leafletMissing(leafletDirectory) }
        guard let extent = SVGMapRenderer.focusExtent(collection.features) else {
            throw GeometryError.invalidStructure("nothing to map: no feature has a geometry")
        }
        let writer = GeoJSONWriter(coordinatePrecision: 5)
        let countries = try countryOutlines(around: extent)
        let data = writer.string(collection)
        let bounds = "[[\(extent.minY),\(extent.minX)],[\(extent.maxY),\(extent.maxX)]]"
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>\(css)</style>
            <style>
            html, body { height: 100%; margin: 0; font-family: "DejaVu Sans", Arial, sans-serif; }
            #map { height: 100%; background: #dcecf5; }
            .rc-title { position: absolute; top: 10px; left: 60px; z-index: 1000; background: #ffffffdd; padding: 4px 10px; font-weight: bold; }
            .rc-label { background: #ffffffcc; border: none; box-shadow: none; font-size: 12px; padding: 0 3px; }
            .rc-legend { background: #ffffffdd; padding: 6px 10px; line-height: 18px; font-size: 12px; }
            .rc-legend i { display: inline-block; width: 24px; height: 3px; margin-right: 6px; vertical-align: middle; }
            </style></head>
            <body><div id="map"></div><div class="rc-title">\(escape(title))</div>
            <script>\(leaflet)</script>
            <script>
            const countries = \(Self.scriptSafe(countries));
            const data = \(Self.scriptSafe(data));
            const verdictColours = \(ReportStyle.verdictColoursJSON.jsonText);
            const modeColours = \(ReportStyle.modeColoursJSON.jsonText);
            const neutral = "\(ReportStyle.neutral)";
            const map = L.map("map", { zoomSnap: 0.25, preferCanvas: false });
            map.attributionControl.addAttribution("Borders: DCW-GMT; places: GeoNames (CC BY 4.0); map: Leaflet");
            L.geoJSON(countries, { interactive: false, style: { color: "#8c8c8c", weight: 1, fillColor: "#f4efe1", fillOpacity: 1 } }).addTo(map);
            function esc(v) { return String(v).replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c])); }
            function km(m) { return m == null ? "–" : (m / 1000).toFixed(1) + " km"; }
            function popup(p) {
              if (p.role === "claim") {
                return "<b>" + esc(p.check) + ": " + esc(p.verdict) + "</b><br>" + esc(p.subject) + " → " + esc(p.reference) +
                  "<br>claimed " + km(p.claimed_m) + ", computed " + km(p.computed_m) + ", tolerance ±" + km(p.tolerance_m) +
                  "<br><small>" + esc(p.reason) + "</small>";
              }
              if (p.role === "leg") return "<b>" + esc(p.from) + " → " + esc(p.to) + "</b><br>" + esc(p.mode) + ", " + km(p.distance_m) + (p.geodesic_m != null && p.geodesic_m !== p.distance_m ? " (geodesic " + km(p.geodesic_m) + ")" : "");
              return "<b>" + esc(p.name || p.text || "") + "</b>" + (p.entry_id ? "<br>" + esc(p.entry_id) : "");
            }
            const layer = L.geoJSON(data, {
              filter: f => f.geometry !== null && !(f.properties && (f.properties.kind === "country" || f.properties.check === "route_leg")),
              style: f => {
                const p = f.properties || {};
                if (p.role === "claim") return { color: verdictColours[p.verdict] || verdictColours.unverifiable, weight: 3, dashArray: "7 4" };
                if (p.role === "leg") return { color: modeColours[p.mode] || neutral, weight: 3 };
                return { color: neutral, weight: 2 };
              },
              pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 5, color: "#ffffff", weight: 1.5, fillColor: "#222222", fillOpacity: 1 }),
              onEachFeature: (f, l) => {
                const p = f.properties || {};
                l.bindPopup(popup(p));
                if (p.role === "place" || p.role === undefined) {
                  const name = p.name || p.text;
                  if (name) l.bindTooltip(esc(name), { permanent: true, direction: "right", offset: [6, 0], className: "rc-label" });
                }
              }
            }).addTo(map);
            map.fitBounds(\(bounds), { padding: [30, 30] });
            L.control.scale({ metric: true, imperial: false }).addTo(map);
            const legend = L.control({ position: "bottomright" });
            legend.onAdd = () => {
              const div = L.DomUtil.create("div", "rc-legend");
              div.innerHTML = Object.entries(modeColours).map(([m, c]) => "<i style='background:" + c + "'></i>" + m + " leg").join("<br>") + "<br>" +
                Object.entries(verdictColours).map(([v, c]) => "<i style='background:" + c + "'></i>claim " + v).join("<br>");
              return div;
            };
            legend.addTo(map);
            </script></body></html>

            """
    }

    /// Simplified outlines of the countries near the data, as GeoJSON text.
    func countryOutlines(around extent: BoundingBox) throws -> String {
        guard let gazetteer else { return "{\"type\":\"FeatureCollection\",\"features\":[]}" }
        let pad = max(5, 0.35 * max(extent.maxX - extent.minX, extent.maxY - extent.minY))
        let window = BoundingBox(
            minX: max(-180, extent.minX - pad), minY: max(-89, extent.minY - pad),
            maxX: min(180, extent.maxX + pad), maxY: min(89, extent.maxY + pad))
        let tolerance = max(0.005, (window.maxX - window.minX) / 2000)
        var features: [Feature] = []
        for code in try gazetteer.countryCodes(intersecting: window) {
            let outline = try gazetteer.country(code).territory.clipped(to: window).simplified(tolerance: tolerance)
            features.append(Feature(geometry: outline, properties: ["code": .string(code)]))
        }
        return GeoJSONWriter(coordinatePrecision: 4).string(FeatureCollection(features: features))
    }

    func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// JSON text made safe to inline in a `<script>` element: `<`, `>` and `&` (which can only occur inside
    /// JSON strings) become `\u003c`, `\u003e`, `\u0026`, so article text cannot close the element
    /// (`</script>`) or open a comment (`<!--`); U+2028/U+2029 are escaped for older JavaScript parsers.
    static func scriptSafe(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
