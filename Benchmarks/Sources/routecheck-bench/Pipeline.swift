import Foundation
import RouteCheckAnalysis
import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo

/// 10,000 articles made from the five seeds, varied so that caches cannot answer everything: the
/// subject town, the figures and the order of sentences change from one copy to the next.
enum PipelineBenchmark {
    static let towns = ["Tikhoretsk", "Krasnodar", "Rostov-on-Don", "Belgorod", "Kursk", "Voronezh", "Bryansk", "Taganrog",
                        "Armavir", "Stavropol", "Novorossiysk", "Volgograd", "Lipetsk", "Orel", "Smolensk", "Pskov"]

    static func articles(count: Int, seedsFolder: URL) throws -> [ArticleInput] {
        let files = try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let seeds = try files.map { try String(contentsOf: seedsFolder.appendingPathComponent($0), encoding: .utf8) }
        var rng = SplitMix64(state: 2023)
        return (0..<count).map { index in
            var text = seeds[index % seeds.count]
            let town = towns[Int(rng.next() % UInt64(towns.count))]
            text = text.replacingOccurrences(of: "Tikhoretsk", with: town)
            text = text.replacingOccurrences(of: "290 km", with: "\(150 + Int(rng.next() % 300)) km")
            var lines = text.components(separatedBy: "\n")
            if lines.count > 3 { lines.swapAt(1, 1 + Int(rng.next() % UInt64(lines.count - 1))) }
            return ArticleInput(id: "bench-\(index)", text: lines.joined(separator: "\n"), source: "bench")
        }
    }

    /// Writes `count` varied articles as JSON Lines (`{"id","text"}` a line) for the whole-process benchmark.
    static func writeBatch(count: Int, to path: String) throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let inputs = try articles(count: count, seedsFolder: root.appendingPathComponent("Data/articles"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for input in inputs {
            data.append(try encoder.encode(["id": input.id, "text": input.text]))
            data.append(0x0A)
        }
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    static func run(count: Int) throws {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let inputs = try articles(count: count, seedsFolder: root.appendingPathComponent("Data/articles"))
        let gazetteer = try Gazetteer()
        let extractor = ArticleExtractor(gazetteer: gazetteer)
        var mentions = 0
        let extractTime = try seconds { for input in inputs { mentions += try extractor.extract(input).mentions.count } }
        report("extract_articles_per_second", Double(count) / extractTime, "articles/s")
        let analyzer = Analyzer(gazetteer: gazetteer)
        var checks = 0
        var reports: [ArticleReport] = []
        let analyzeTime = try seconds {
            for input in inputs {
                let analysed = try analyzer.analyze(input)
                checks += analysed.checks.count
                reports.append(analysed)
            }
        }
        report("analyze_articles_per_second", Double(count) / analyzeTime, "articles/s")
        report("analyze_checks_total", Double(checks), "checks")
        // Writing: the same reports as GeoJSON Text Sequence records (what `analyze --format geojsonseq` writes).
        let writer = GeoJSONWriter()
        var bytes = 0
        let writeTime = seconds {
            for analysed in reports {
                for feature in ReportGeoJSON.features(analysed) { bytes += writer.sequenceRecord(.feature(feature)).utf8.count }
            }
        }
        report("geojsonseq_write_articles_per_second", Double(count) / writeTime, "articles/s")
        report("geojsonseq_bytes_per_article", Double(bytes) / Double(count), "bytes")
        report("write_share_of_analyze_and_write", writeTime / (writeTime + analyzeTime) * 100, "%")
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        report("peak_resident_memory", Double(usage.ru_maxrss) / 1024, "MiB")
    }
}
