import Foundation
import Testing

/// Hostile and odd inputs found by trying the tool as an attacker and a careless user would: each test holds the
/// input that once crashed, hung, overwrote or injected.
@Suite("Reliability: no crash, no injection, nothing overwritten")
struct ReliabilityTests {
    func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rc-reliability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test("a figure too large for an integer is no claim and no crash")
    func hugeFigure() throws {
        let result = try CLI.run(["analyze", "-", "--no-routing", "--format", "json"],
                                 input: "Tikhoretsk berjarak 9999999999999999999 km dari perbatasan Ukraina.")
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("longitudes beyond ±180 are refused with exit 2, at once (no wrap loop)")
    func longitudes() throws {
        for arguments in [["distance", "0,181", "0,-179"], ["distance", "0,1e15", "10,10", "--format", "geojson"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("longitude"), "\(arguments)")
        }
    }

    @Test("a spacing that would need billions of points is refused, not allocated")
    func tinySpacing() throws {
        let result = try CLI.run(["distance", "0,0", "10,10", "--format", "geojson", "--spacing-km", "1e-9"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("points"))
    }

    @Test("a GeoJSON reference with a latitude of 1e8 is refused with its path")
    func badReference() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("front.geojson")
        try #"{"type":"LineString","coordinates":[[30,1e8],[31,50]]}"#.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["border-distance", "50,36", "--reference", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("latitude"))
    }

    @Test("--out onto a device or a link is refused; --map equal to --out is refused")
    func outputs() throws {
        let directory = try temporaryDirectory()
        let article = directory.appendingPathComponent("a.txt")
        try "Najin, Korea Utara.".write(to: article, atomically: true, encoding: .utf8)
        let device = try CLI.run(["analyze", article.path, "--no-routing", "--out", "/dev/null"])
        #expect(device.status == 2)
        #expect(device.stderr.contains("not a regular file"))
        let target = directory.appendingPathComponent("target.txt")
        try "keep".write(to: target, atomically: true, encoding: .utf8)
        let link = directory.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let linked = try CLI.run(["analyze", article.path, "--no-routing", "--out", link.path])
        #expect(linked.status == 2)
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep")
        let same = directory.appendingPathComponent("r.md")
        let clash = try CLI.run(["analyze", article.path, "--no-routing", "--format", "markdown", "--out", same.path,
                                 "--map", same.path])
        #expect(clash.status == 2)
    }

    @Test("article text cannot break out of the HTML map's script or inject markdown and terminal escapes")
    func escaping() throws {
        let directory = try temporaryDirectory()
        let article = directory.appendingPathComponent("evil`name\u{1B}[31m.txt")
        try "Najin, Korea Utara</script><script>document.title='XSS'</script>. \"><img src=x onerror=alert(1)> [link](http://x) `code`"
            .write(to: article, atomically: true, encoding: .utf8)
        let html = directory.appendingPathComponent("map.html")
        let markdown = directory.appendingPathComponent("report.md")
        let result = try CLI.run(["analyze", article.path, "--no-routing", "--format", "markdown", "--out", markdown.path,
                                  "--map", html.path])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(!page.contains("</script><script>document.title"))
        #expect(!page.contains("<img src=x"))
        let report = try String(contentsOf: markdown, encoding: .utf8)
        #expect(!report.contains("<img"))
        #expect(!report.contains("</script>"))
        #expect(!report.contains("\u{1B}"))
        let text = try CLI.run(["analyze", article.path, "--no-routing"])
        #expect(!text.stdout.contains("\u{1B}"))
        #expect(!text.stderr.contains("\u{1B}"))
    }
}
