import Foundation
import Testing

/// Hostile and odd inputs found by trying the tool as an attacker and a careless user would: each test holds the
/// input that once crashed, hung, overwrote or injected.
@Suite("Reliability: no crash, no injection, nothing overwritten")
struct ReliabilityTests {
    func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rc-reliability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test("a figure too large for an integer is no claim and no crash")
    func hugeFigure() throws {
        let result = try CLI.run(
            ["analyze", "-", "--no-routing", "--format", "json"],
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
        try #"{"type":"LineString","coordinates":[[30,1e8],[31,50]]}"#.write(
            to: file, atomically: true, encoding: .utf8)
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
        let clash = try CLI.run([
            "analyze", article.path, "--no-routing", "--format", "markdown", "--out", same.path,
            "--map", same.path,
        ])
        #expect(clash.status == 2)
    }

    @Test("article text cannot break out of the HTML map's script or inject markdown and terminal escapes")
    func escaping() throws {
        let directory = try temporaryDirectory()
        let article = directory.appendingPathComponent("evil`name\u{1B}[31m.txt")
        let hostile =
            "Najin, Korea Utara</script><script>document.title='XSS'</script>. \"><img src=x onerror=alert(1)> "
            + "[link](http://x) `code`"
        try hostile.write(to: article, atomically: true, encoding: .utf8)
        let html = directory.appendingPathComponent("map.html")
        let markdown = directory.appendingPathComponent("report.md")
        let result = try CLI.run([
            "analyze", article.path, "--no-routing", "--format", "markdown", "--out", markdown.path,
            "--map", html.path,
        ])
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

    @Test("the HTML page with hostile article text runs no injected script in headless Chromium")
    func htmlInBrowser() throws {
        let browser = try #require(MapTests.chromium, "chromium (Debian) is required; Scripts/install-deps installs it")
        let directory = try temporaryDirectory()
        let article = directory.appendingPathComponent("a.txt")
        try "Kapal dari Najin, Korea Utara</script><script>document.title='INJECTED'</script> ke Vladivostok "
            .appending("\"><img src=x onerror=\"document.title='INJECTED'\"> sejauh 170 km.")
            .write(to: article, atomically: true, encoding: .utf8)
        let html = directory.appendingPathComponent("map.html")
        let result = try CLI.run(["analyze", article.path, "--no-routing", "--map", html.path])
        #expect(result.status == 0, "\(result.stderr)")
        let dom = try CLI.runProcess(
            browser,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000",
                "--dump-dom", html.absoluteString,
            ])
        #expect(dom.stdout.contains("<title>"), "no DOM dumped: \(dom.stderr.suffix(300))")
        #expect(!dom.stdout.contains("<title>INJECTED"))
        #expect(!dom.stdout.contains("<img src=\"x\""))
    }

    @Test("input over the article limit is refused before it is read whole: a big file, and an endless stdin")
    func inputLimits() throws {
        let directory = try temporaryDirectory()
        let big = directory.appendingPathComponent("big.txt")
        try Data(repeating: 0x61, count: 3_000_000).write(to: big)
        let file = try CLI.run(["analyze", big.path, "--no-routing"])
        #expect(file.status == 1)
        #expect(file.stderr.contains("big.txt: 3000000 bytes"))
        let endless = try CLI.runProcess(
            URL(fileURLWithPath: "/bin/bash"),
            ["-c", "yes | '\(CLI.executable.path)' analyze - --no-routing"])
        #expect(endless.status == 1)
        #expect(endless.stderr.contains("stdin: 2000001 bytes or more, over the limit"))
    }

    @Test("a JSON Lines batch with an over-long line reports that line and analyses the others")
    func longJSONLine() throws {
        let directory = try temporaryDirectory()
        let batch = directory.appendingPathComponent("batch.jsonl")
        let long = String(repeating: "kata ", count: 1_700_000)
        try
            ("{\"id\":\"first\",\"text\":\"Surabaya berjarak 660 km dari Jakarta.\"}\n"
            + "{\"id\":\"long\",\"text\":\"\(long)\"}\n"
            + "{\"id\":\"third\",\"text\":\"Medan berjarak 1.400 km dari Jakarta.\"}\n")
            .write(to: batch, atomically: true, encoding: .utf8)
        let result = try CLI.run(["analyze", batch.path, "--no-routing", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("batch.jsonl:2"))
        #expect(result.stdout.contains("\"first\"") && result.stdout.contains("\"third\""))
    }

    @Test("unknown names are usage errors (exit 2): airport codes are not place names; --within takes known codes")
    func unknownNames() throws {
        let code = try CLI.run(["distance", "abc", "Moscow"])
        #expect(code.status == 2)
        #expect(code.stderr.contains("unknown place 'abc'"))
        let geocode = try CLI.run(["geocode", "Qwxzzyq"])
        #expect(geocode.status == 2)
        let within = try CLI.run(["route", "Dunay", "Tikhoretsk", "--within", "ZZ"])
        #expect(within.status == 2)
        #expect(within.stderr.contains("'ZZ'"))
    }

    @Test("a city named with its country is that country's city of the name, not another once so called")
    func appositionRanking() throws {
        let result = try CLI.run(
            ["analyze", "-", "--no-routing"],
            input: "Kaliningrad, Russia, sits about 35 km from the Polish border, officials said.")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains("[supported] Kaliningrad: approximately 35 km from border of PL"), "\(result.stdout)"
        )
    }

    @Test("a map across the antimeridian (Suva to Apia) frames the Pacific, with land")
    func antimeridianMap() throws {
        let directory = try temporaryDirectory()
        let route = directory.appendingPathComponent("pacific.geojson")
        let routed = try CLI.run([
            "route", "Suva", "Apia", "--mode", "geodesic", "--format", "geojson", "--out", route.path,
        ])
        #expect(routed.status == 0, "\(routed.stderr)")
        let svg = directory.appendingPathComponent("pacific.svg")
        let drawn = try CLI.run(["map", route.path, "--out", svg.path])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.contains("geodesic 1152 km"))
        #expect(text.contains("fill=\"#f4efe1\""), "no land drawn")
        // Centred in the Pacific near ±180° (Suva 178.4° E, Apia 171.8° W), not on the prime meridian.
        #expect(text.contains("centred on -16.0°, -176.7°"))
    }

    @Test("the fuzz harnesses replay their committed corpora and every regression input without a fault")
    func fuzzReplay() throws {
        let replay = CLI.executable.deletingLastPathComponent().appendingPathComponent("routecheck-fuzz")
        try #require(
            FileManager.default.isExecutableFile(atPath: replay.path), "routecheck-fuzz is built with the tests")
        for harness in ["article", "jsonl", "geojson", "coordinates", "numbers"] {
            var inputs = [CLI.repository.appendingPathComponent("Tests/Fuzz/Corpus/\(harness)").path]
            let regressions = CLI.repository.appendingPathComponent("Tests/Fuzz/Regressions/\(harness)").path
            if FileManager.default.fileExists(atPath: regressions) { inputs.append(regressions) }
            let result = try CLI.runProcess(replay, inputs, environment: ["ROUTECHECK_FUZZ": harness])
            #expect(result.status == 0, "\(harness): \(result.stderr.suffix(500))")
            #expect(result.stdout.contains("\(harness): replayed"))
        }
    }

    @Test("--version prints the release and exits 0")
    func version() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("routecheck 0."))
    }
}
