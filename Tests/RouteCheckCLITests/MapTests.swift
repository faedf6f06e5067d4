import Foundation
import RouteCheckGeo
import Testing

/// Maps as a person sees them: headless Chromium renders the SVG and the HTML page; the screenshots must
/// not be blank and the expected labels must be on the page.
@Suite("routecheck map in a real browser")
struct MapTests {
    static var chromium: URL? {
        for name in ["chromium", "chromium-browser"] {
            for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    static func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("rc-map-\(UUID().uuidString)-\(name)")
    }

    /// Screenshots `page` and expects it not to be blank: many colours, and more than 5 % of the pixels
    /// unlike the most common one (a blank page scores 1 colour and 0 %).
    func expectNotBlank(_ page: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let stats = try screenshot(page)
        print("screenshot: \(stats.colours) colours, \(Int(stats.share * 100)) % non-background")
        #expect(
            stats.colours > 20 && stats.share > 0.05, "blank-looking screenshot: \(stats)",
            sourceLocation: sourceLocation)
    }

    /// Screenshot statistics from Tests/Support/png_stats.py.
    func screenshot(_ page: URL) throws -> (colours: Int, share: Double) {
        let browser = try #require(Self.chromium, "chromium (Debian) is required; Scripts/install-deps installs it")
        let png = Self.temporary("shot.png")
        defer { try? FileManager.default.removeItem(at: png) }
        let shot = try CLI.runProcess(
            browser,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1000,700",
                "--virtual-time-budget=5000", "--screenshot=\(png.path)", page.absoluteString,
            ])
        #expect(FileManager.default.fileExists(atPath: png.path), "no screenshot: \(shot.stderr.suffix(500))")
        let stats = try CLI.runProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", CLI.repository.appendingPathComponent("Tests/Support/png_stats.py").path, png.path])
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(stats.stdout.utf8))
        return (Int(json["colours"]?.numberValue ?? 0), json["non_background_share"]?.numberValue ?? 0)
    }

    @Test("the SVG map of the seed analysis renders with land, legs and labels")
    func svg() throws {
        let svg = Self.temporary("map.svg")
        defer { try? FileManager.default.removeItem(at: svg) }
        let result = try CLI.run([
            "map", "Notebooks-exports/analysis.geojson", "--out", svg.path, "--title", "Seed articles",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        for label in [
            "Tikhoretsk", "Najin", "Dunay", "claimed 290 km", "computed 202 km", "sea 199 km", "rail 9658 km",
            "sea leg (routed)", "km</text>",
        ] {
            #expect(text.contains(label), "missing label \(label)")
        }
        try expectNotBlank(svg)
    }

    @Test("the interactive HTML page renders offline with labels and popups")
    func html() throws {
        let page = Self.temporary("map.html")
        defer { try? FileManager.default.removeItem(at: page) }
        let result = try CLI.run(["map", "Notebooks-exports/analysis.geojson", "--html", "--out", page.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: page, encoding: .utf8)
        #expect(
            !text.contains("http://") || !text.contains("<script src"),
            "the page must not load scripts from the network")
        let browser = try #require(Self.chromium)
        let dom = try CLI.runProcess(
            browser,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000", "--dump-dom",
                page.absoluteString,
            ])
        for label in ["Tikhoretsk", "Najin", "Dunay", "leaflet-tooltip"] {
            #expect(dom.stdout.contains(label), "DOM lacks \(label)")
        }
        try expectNotBlank(page)
    }

    @Test("maps of any GeoJSON; errors for nothing to draw")
    func anyGeoJSON() throws {
        let input = Self.temporary("line.geojson")
        try
            #"{"type":"Feature","properties":{"name":"test line"},"geometry":{"type":"LineString","coordinates":[[10,50],[30,55]]}}"#
            .write(to: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: input) }
        let result = try CLI.run(["map", input.path])
        #expect(result.status == 0 && result.stdout.hasPrefix("<svg"))
        let empty = Self.temporary("empty.geojson")
        try #"{"type":"FeatureCollection","features":[]}"#.write(to: empty, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: empty) }
        let failed = try CLI.run(["map", empty.path])
        #expect(failed.status == 1 && failed.stderr.contains("nothing to map"))
    }
}
