import Foundation
import RouteCheckGeo
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("routecheck analyze")
struct AnalyzeCommandTests {
    static let seeds = [
        "000_5b63d48aca9a5fea", "001_8995e815094ec626", "002_910151cac6b3dd95", "003_2d619129deb0a32d",
        "004_9408d17cdd2a2d0a",
    ].map { "Data/articles/\($0).txt" }

    @Test("geojson: a FeatureCollection with article, place, leg and claim roles that ogrinfo reads cleanly")
    func geojson() throws {
        let result = try CLI.run(["analyze"] + Self.seeds + ["--format", "geojson"])
        #expect(result.status == 0, "\(result.stderr)")
        guard case .featureCollection(let collection) = try GeoJSONReader.read(Data(result.stdout.utf8)) else {
            Issue.record("not a FeatureCollection")
            return
        }
        let roles = Set(collection.features.compactMap { $0.properties?["role"]?.stringValue })
        #expect(roles.isSuperset(of: ["article", "place", "leg", "claim", "inconsistency"]))
        let claims = collection.features.filter { $0.properties?["role"]?.stringValue == "claim" }
        let tikhoretsk = claims.filter { $0.properties?["check"]?.stringValue == "border_distance" }
        #expect(tikhoretsk.count == 2)
        for claim in tikhoretsk {
            #expect(claim.properties?["verdict"]?.stringValue == "contradicted")
            #expect(abs((claim.properties?["computed_m"]?.numberValue ?? 0) - 201_557) < 100)
            // How near the edge: (claim − computed) ÷ the tolerance below the claim, above 1 for a contradiction.
            let claimed = claim.properties?["claimed_m"]?.numberValue ?? 0
            let computed = claim.properties?["computed_m"]?.numberValue ?? 0
            let tolerance = claim.properties?["tolerance_below_m"]?.numberValue ?? 1
            let ratio = try #require(claim.properties?["edge_ratio"]?.numberValue)
            #expect(abs(ratio - (claimed - computed) / tolerance) < 1e-9)
            #expect(ratio > 1.3 && ratio < 1.5)
        }
        for member in [
            "claim_type", "text", "subject", "reference", "claimed_m", "computed_m", "deviation_pct", "tolerance_m",
            "verdict", "reason",
        ] {
            #expect(tikhoretsk.first?.properties?[member] != nil, "claim lacks \(member)")
        }
        try expectOgrinfoReadsCleanly(result.stdout, expectedFeatures: collection.features.count)
    }

    @Test("geojsonseq: RFC 8142 records, one feature each, read by ogrinfo's GeoJSONSeq driver")
    func geojsonSequence() throws {
        let result = try CLI.run(["analyze"] + Self.seeds + ["--format", "geojsonseq"])
        #expect(result.status == 0)
        let records = result.stdout.split(separator: "\u{1E}")
        #expect(records.count > 10)
        for record in records { #expect(record.hasSuffix("\n")) }
        let ogrinfo = try #require(CLI.ogrinfo)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("seq-\(UUID().uuidString).geojsons")
        try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let info = try CLI.runProcess(ogrinfo, ["-ro", "-al", "-so", file.path])
        #expect(
            info.status == 0 && !info.stderr.contains("Warning") && !info.stderr.contains("ERROR"), "\(info.stderr)")
        #expect(info.stdout.contains("Feature Count: \(records.count)"), "\(info.stdout)")
    }

    @Test("kml: a KML 2.2 document ogrinfo reads with as many features as the GeoJSON has geometries, verdicts styled")
    func kml() throws {
        let kml = try CLI.run(["analyze"] + Self.seeds + ["--format", "kml", "--no-routing"])
        #expect(kml.status == 0, "\(kml.stderr)")
        #expect(kml.stdout.contains("<styleUrl>#verdict-contradicted</styleUrl>"))
        let geojson = try CLI.run(["analyze"] + Self.seeds + ["--format", "geojson", "--no-routing"])
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(geojson.stdout.utf8))
        guard case .array(let features)? = value["features"] else {
            Issue.record("no features")
            return
        }
        let located = features.filter { feature in
            if case .null? = feature["geometry"] { return false }
            return feature["geometry"] != nil
        }.count
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("analysis-\(UUID().uuidString).kml")
        try kml.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let info = try CLI.runProcess(try #require(CLI.ogrinfo), ["-ro", "-al", "-so", file.path])
        #expect(
            info.status == 0 && !info.stderr.contains("Warning") && !info.stderr.contains("ERROR"), "\(info.stderr)")
        #expect(info.stdout.contains("Feature Count: \(located)"), "\(info.stdout)")
        // The same verdicts: one styled placemark for each located claim of each verdict.
        for verdict in ["supported", "contradicted", "unverifiable"] {
            let claims = features.filter { feature in
                if case .null? = feature["geometry"] { return false }
                return feature["properties"]?["role"]?.stringValue == "claim"
                    && feature["properties"]?["verdict"]?.stringValue == verdict
            }.count
            #expect(
                kml.stdout.components(separatedBy: "<styleUrl>#verdict-\(verdict)</styleUrl>").count - 1 == claims,
                "\(verdict)")
        }
        // Well-formed XML even with hostile article text.
        let hostile = try CLI.run(
            ["analyze", "-", "--format", "kml", "--no-routing"],
            input: "Najin, Korea Utara</name><![CDATA[x]]></Placemark> & \"quoted\" <b>bold</b>.")
        #expect(hostile.status == 0)
        #expect(XMLParser(data: Data(hostile.stdout.utf8)).parse(), "KML is not well-formed XML")
        #expect(!hostile.stdout.contains("<b>bold"))
    }

    @Test("gpkg: a GeoPackage ogrinfo reads without warnings, one layer a role, the GeoJSON's counts and verdicts")
    func geoPackage() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gpkg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("analysis.gpkg")
        let written = try CLI.run(["analyze"] + Self.seeds + ["--format", "gpkg", "--out", file.path, "--no-routing"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["analysis.gpkg"],
            "temporary files left")
        let geojson = try CLI.run(["analyze"] + Self.seeds + ["--format", "geojson", "--no-routing"])
        guard case .featureCollection(let collection) = try GeoJSONReader.read(Data(geojson.stdout.utf8)) else {
            Issue.record("not a FeatureCollection")
            return
        }
        let ogrinfo = try #require(CLI.ogrinfo)
        let summary = try CLI.runProcess(ogrinfo, ["-ro", "-al", "-so", file.path])
        #expect(summary.status == 0 && summary.stderr.isEmpty, "\(summary.stderr)")
        let roles = Dictionary(grouping: collection.features, by: { $0.properties?["role"]?.stringValue ?? "" })
        for (role, layer) in [
            ("article", "articles"), ("place", "places"), ("leg", "legs"), ("claim", "claims"),
            ("inconsistency", "inconsistencies"),
        ] {
            let count = roles[role]?.count ?? 0
            #expect(count > 0)
            #expect(summary.stdout.contains("Layer name: \(layer)\n"), "no layer \(layer)")
            let layerInfo = try CLI.runProcess(ogrinfo, ["-ro", "-so", file.path, layer])
            #expect(layerInfo.stdout.contains("Feature Count: \(count)\n"), "\(layer): \(layerInfo.stdout)")
        }
        // The verdicts, claim by claim, as GIS users would query them.
        let query = try CLI.runProcess(
            ogrinfo, ["-ro", "-q", "-sql", "SELECT feature_id, verdict FROM claims ORDER BY fid", file.path])
        let verdicts = query.stdout.split(separator: "\n").filter { $0.contains("verdict (String) = ") }
            .map { String($0.split(separator: "=").last ?? "").trimmingCharacters(in: .whitespaces) }
        #expect(verdicts == (roles["claim"] ?? []).map { $0.properties?["verdict"]?.stringValue ?? "" })
        let full = try CLI.runProcess(ogrinfo, ["-ro", "-al", file.path])
        #expect(full.status == 0 && full.stderr.isEmpty, "\(full.stderr)")
        // Without --out there is nowhere to put a database: a usage error before any work.
        #expect(try CLI.run(["analyze", Self.seeds[0], "--format", "gpkg"]).status == 2)
        // The other map-ready commands write GeoPackages too.
        for (arguments, layer) in [
            (["distance", "Najin", "Dunay"], "geodesics"),
            (["border-distance", "Tikhoretsk", "UA"], "distances"),
            (["route", "Najin", "Dunay", "--mode", "geodesic"], "legs"),
            (["geocode", "Kursk"], "candidates"),
        ] {
            let path = directory.appendingPathComponent("\(arguments[0]).gpkg").path
            let result = try CLI.run(arguments + ["--format", "gpkg", "--out", path])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let info = try CLI.runProcess(ogrinfo, ["-ro", "-so", path, layer])
            #expect(
                info.status == 0 && info.stderr.isEmpty && info.stdout.contains("Feature Count: "),
                "\(arguments): \(info.stdout)\(info.stderr)")
            #expect(try CLI.run(arguments + ["--format", "gpkg"]).status == 2)
        }
    }

    @Test("markdown and json formats carry the verdicts")
    func otherFormats() throws {
        let markdown = try CLI.run(["analyze", Self.seeds[0], "--format", "markdown"])
        #expect(markdown.stdout.contains("| # | Claim |") && markdown.stdout.contains("**contradicted**"))
        let json = try CLI.run(["analyze", Self.seeds[2], "--format", "json"])
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.stdout.utf8))
        guard case .array(let articles)? = value["articles"], case .array(let legs)? = articles.first?["legs"] else {
            Issue.record("json lacks articles/legs")
            return
        }
        #expect(legs.count == 2)
        // Najin → Dunay by sea and Dunay → Tikhoretsk by rail are routed: longer than the geodesic, with the ends'
        // moves.
        for leg in legs {
            #expect(leg["routed"] == .bool(true), "\(leg)")
            #expect((leg["distance_m"]?.numberValue ?? 0) > (leg["geodesic_m"]?.numberValue ?? .infinity))
            #expect(leg["snap_from_m"]?.numberValue != nil)
        }
        #expect(legs.first?["route_method"]?.stringValue?.hasPrefix("coastal") == true)
        // --no-routing keeps the geodesic only.
        let plain = try CLI.run(["analyze", Self.seeds[2], "--format", "json", "--no-routing"])
        let plainValue = try JSONDecoder().decode(JSONValue.self, from: Data(plain.stdout.utf8))
        guard case .array(let plainArticles)? = plainValue["articles"],
            case .array(let plainLegs)? = plainArticles.first?["legs"]
        else {
            Issue.record("json lacks articles/legs")
            return
        }
        for leg in plainLegs { #expect(leg["routed"] == .bool(false) && leg["distance_m"] == leg["geodesic_m"]) }
    }

    @Test("a bad file in a batch: clear error, exit 1, the other articles still written (atomically to --out)")
    func batchWithFailures() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.txt")
        try Data([0x41, 0xFF, 0xFE, 0x42]).write(to: bad)
        let empty = directory.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let out = directory.appendingPathComponent("report.geojson")
        let result = try CLI.run([
            "analyze", Self.seeds[2], bad.path, empty.path, "/nonexistent.txt", "--format", "geojson", "--out",
            out.path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.txt: not valid UTF-8"))
        #expect(result.stderr.contains("empty.txt: empty input"))
        #expect(result.stderr.contains("/nonexistent.txt"))
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written.contains("002_910151cac6b3dd95"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test("standard input and JSON Lines batches")
    func stdinAndJSONLines() throws {
        let stdin = try CLI.run(
            ["analyze", "-", "--format", "json"],
            input: "The depot near Tikhoretsk is about 124 miles from the Ukrainian border.")
        #expect(stdin.status == 0, "\(stdin.stderr)")
        #expect(stdin.stdout.contains("\"verdict\":\"supported\""))
        let batch = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString).jsonl")
        try
            ([
                #"{"id":"a","text":"Kontainer dikirim ke Dunay, Rusia."}"#, "{broken",
                #"{"id":"c","text":"Kursk, Rusia, kurang dari 100 km dari perbatasan Ukraina."}"#,
            ]
            .joined(separator: "\n") + "\n").write(to: batch, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: batch) }
        let result = try CLI.run(["analyze", batch.path, "--format", "text"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(":2: not a JSON object"))
        #expect(result.stdout.contains("a: ") && result.stdout.contains("c: "))
    }

    @Test("usage errors exit 2")
    func usage() throws {
        #expect(try CLI.run(["analyze", Self.seeds[0], "--format", "pdf"]).status == 2)
        #expect(try CLI.run(["analyze", Self.seeds[0], "--out", "/nonexistent-folder/x.md"]).status == 2)
    }

    @Test("the committed Notebooks-exports are what the code produces now (run Scripts/run-main to refresh)")
    func exportsUpToDate() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("exports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // The same commands as Scripts/run-main, into a scratch folder.
        _ = try CLI.run(
            ["analyze"] + Self.seeds + [
                "--format", "markdown", "--out", directory.appendingPathComponent("report.md").path,
                "--map", directory.appendingPathComponent("map.svg").path,
            ])
        _ = try CLI.run(
            ["analyze"] + Self.seeds + [
                "--format", "geojson", "--out", directory.appendingPathComponent("analysis.geojson").path,
            ])
        _ = try CLI.run(
            ["analyze"] + Self.seeds + [
                "--format", "markdown", "--lang", "id",
                "--out", directory.appendingPathComponent("report-id.md").path,
            ])
        _ = try CLI.run([
            "route", "Najin", "Dunay", "Tikhoretsk", "--mode", "sea,rail", "--within", "RU", "--format", "geojson",
            "--out", directory.appendingPathComponent("route.geojson").path,
        ])
        for file in ["report.md", "report-id.md", "map.svg", "analysis.geojson", "route.geojson"] {
            let committed = try String(
                contentsOf: CLI.repository.appendingPathComponent("Notebooks-exports/\(file)"), encoding: .utf8)
            let now = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            #expect(now == committed, "Notebooks-exports/\(file) is out of date: run Scripts/run-main")
        }
    }

    @Test("--lang id writes the reasons and headings in Indonesian; keys, verdicts and check kinds stay the same")
    func indonesianReport() throws {
        let text = "Tikhoretsk berjarak sekitar 290 km dari perbatasan Ukraina."
        let geojson = try CLI.run(["analyze", "-", "--format", "geojson", "--lang", "id"], input: text)
        #expect(geojson.status == 0, "\(geojson.stderr)")
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(geojson.stdout.utf8))
        guard case .array(let features)? = json["features"],
            let claim = features.first(where: { $0["properties"]?["check"]?.stringValue == "border_distance" })
        else {
            Issue.record("no border check: \(geojson.stdout)")
            return
        }
        #expect(claim["properties"]?["verdict"]?.stringValue == "contradicted")
        #expect(claim["properties"]?["reason"]?.stringValue?.hasPrefix("Tikhoretsk berjarak 201,6 km") == true)
        #expect(claim["properties"]?["tolerance_explained"]?.stringValue?.contains("untuk resolusi data batas") == true)
        let markdown = try CLI.run(["analyze", "-", "--format", "markdown", "--lang", "id"], input: text)
        #expect(markdown.stdout.hasPrefix("# Laporan RouteCheck"))
        #expect(markdown.stdout.contains("| **dibantah** |") && markdown.stdout.contains("Alasan:"))
        let wrong = try CLI.run(["analyze", "-", "--lang", "fr"], input: text)
        #expect(wrong.status == 2 && wrong.stderr.contains("--lang"), "\(wrong.stderr)")
    }

    @Test("--front-line FILE measures 'from the front line'; a missing file is an error naming the option")
    func frontLineOption() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("front-\(UUID().uuidString).geojson")
        try #"{"type":"LineString","coordinates":[[38.0,48.0],[38.0,49.5]]}"#.write(
            to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let text = "Kramatorsk is about 20 km from the front line."
        let result = try CLI.run(["analyze", "-", "--format", "json", "--front-line", file.path], input: text)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"check\":\"front_line_distance\""))
        #expect(result.stdout.contains("\"computed_m\":31795.33"))
        let missing = try CLI.run(["analyze", "-", "--front-line", "/nonexistent/front.geojson"], input: text)
        #expect(missing.status != 0 && missing.stderr.contains("--front-line /nonexistent/front.geojson"))
    }
}
