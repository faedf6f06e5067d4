import Foundation
import RouteCheckGeo
import Testing

@Suite("Batches on every core: --jobs, streaming, --precision")
struct BatchCommandTests {
    /// 30 articles made from the seeds, with a broken line and an empty text among them.
    static func batchFile() throws -> URL {
        let seeds = try AnalyzeCommandTests.seeds.map {
            try String(contentsOf: CLI.repository.appendingPathComponent($0), encoding: .utf8)
        }
        var lines: [String] = []
        for index in 0..<30 {
            let text = seeds[index % seeds.count]
            let object = try JSONSerialization.data(withJSONObject: ["id": "n\(index)", "text": text])
            lines.append(String(decoding: object, as: UTF8.self))
        }
        lines.insert("{broken", at: 7)
        lines.insert(#"{"id":"blank","text":"   "}"#, at: 12)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("jobs-\(UUID().uuidString).jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("analyze: two jobs write exactly what one writes, in input order; bad lines named, the rest written")
    func analyzeJobs() throws {
        let batch = try Self.batchFile()
        defer { try? FileManager.default.removeItem(at: batch) }
        let one = try CLI.run(["analyze", batch.path, "--format", "geojsonseq", "--no-routing", "--jobs", "1"])
        let two = try CLI.run(["analyze", batch.path, "--format", "geojsonseq", "--no-routing", "--jobs", "2"])
        #expect(one.status == 1 && two.status == 1)
        #expect(one.stdout == two.stdout)
        #expect(
            two.stderr.contains(":8: not a JSON object") && two.stderr.contains(":13: empty input"), "\(two.stderr)")
        let features = try two.stdout.split(separator: "\u{1E}").map { record -> Feature in
            guard case .feature(let feature) = try GeoJSONReader.read(Data(record.utf8)) else {
                throw CocoaError(.coderInvalidValue)
            }
            return feature
        }
        let articles = features.filter { $0.properties?["role"]?.stringValue == "article" }.compactMap {
            $0.properties?["article"]?.stringValue
        }
        #expect(articles == (0..<30).map { "n\($0)" })
        // Legs are written once: a leg's claim names the leg's feature and has no geometry of its own.
        let ids = Set(
            features.compactMap { feature -> String? in
                if case .string(let id)? = feature.id { return id }
                return nil
            })
        let legClaims = features.filter { $0.properties?["check"]?.stringValue == "route_leg" }
        #expect(!legClaims.isEmpty)
        for claim in legClaims {
            #expect(claim.geometry == nil)
            #expect(ids.contains(claim.properties?["leg"]?.stringValue ?? "-"), "\(claim.properties?["leg"] ?? .null)")
        }
        for feature in features where feature.properties?["role"]?.stringValue == "leg" {
            #expect(feature.properties?["line_tolerance_m"]?.numberValue == 100)
        }
        // The whole-document GeoJSON is streamed too, and is the same features in a FeatureCollection.
        let collection = try CLI.run(["analyze", batch.path, "--format", "geojson", "--no-routing", "--jobs", "2"])
        guard case .featureCollection(let all) = try GeoJSONReader.read(Data(collection.stdout.utf8)) else {
            Issue.record("not a FeatureCollection")
            return
        }
        #expect(all.features.count == features.count)
        try expectOgrinfoReadsCleanly(collection.stdout, expectedFeatures: features.count)
    }

    @Test("extract: jsonl, json and geojson streamed, the same with one job or two")
    func extractJobs() throws {
        let batch = try Self.batchFile()
        defer { try? FileManager.default.removeItem(at: batch) }
        let one = try CLI.run(["extract", batch.path, "--format", "jsonl", "--jobs", "1"])
        let two = try CLI.run(["extract", batch.path, "--format", "jsonl", "--jobs", "2"])
        #expect(one.status == 1 && one.stdout == two.stdout)
        let lines = two.stdout.split(separator: "\n")
        #expect(lines.count == 30)
        for line in lines { #expect((try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8))) != nil) }
        let json = try CLI.run(["extract", batch.path, "--format", "json", "--jobs", "2"])
        guard case .array(let items) = try JSONDecoder().decode(JSONValue.self, from: Data(json.stdout.utf8)) else {
            Issue.record("extract --format json is not an array")
            return
        }
        #expect(items.count == 30)
        let geojson = try CLI.run(["extract", batch.path, "--format", "geojson", "--jobs", "2"])
        guard case .featureCollection(let collection) = try GeoJSONReader.read(Data(geojson.stdout.utf8)) else {
            Issue.record("extract --format geojson is not a FeatureCollection")
            return
        }
        #expect(collection.features.count > 30)
    }

    @Test("--precision rounds written coordinates; --jobs and --precision out of range are usage errors")
    func precisionAndUsage() throws {
        let seed = AnalyzeCommandTests.seeds[2]
        let coarse = try CLI.run(["analyze", seed, "--format", "geojson", "--no-routing", "--precision", "3"])
        #expect(coarse.status == 0, "\(coarse.stderr)")
        guard case .featureCollection(let collection) = try GeoJSONReader.read(Data(coarse.stdout.utf8)) else {
            Issue.record("not a FeatureCollection")
            return
        }
        var positions: [Position] = []
        for feature in collection.features { positions += feature.geometry?.allPositions ?? [] }
        #expect(positions.count > 10)
        for position in positions {
            #expect(abs(position.x * 1_000 - (position.x * 1_000).rounded()) < 1e-6)
            #expect(abs(position.y * 1_000 - (position.y * 1_000).rounded()) < 1e-6)
        }
        #expect(try CLI.run(["analyze", seed, "--jobs", "0"]).status == 2)
        #expect(try CLI.run(["analyze", seed, "--precision", "20"]).status == 2)
        #expect(try CLI.run(["extract", seed, "--jobs", "-1"]).status == 2)
    }
}
