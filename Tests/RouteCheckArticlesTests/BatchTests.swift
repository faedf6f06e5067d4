import Foundation
import RouteCheckGeo
import RouteCheckTestSupport
import Synchronization
import Testing

@testable import RouteCheckAnalysis
@testable import RouteCheckArticles

@Suite("Batches: ordered parallel work, bounded caches, streamed inputs")
struct BatchTests {
    @Test("outputs come back in input order whatever order the workers finish in, for 1 to 4 jobs")
    func orderKept() throws {
        for jobs in 1...4 {
            var inputs = (0..<300).makeIterator()
            var outputs: [Int] = []
            try OrderedParallelMap.run(
                &inputs, jobs: jobs,
                transform: { value in
                    // Uneven work so that later inputs often finish first.
                    usleep(UInt32((value * 7_919) % 13) * 50)
                    return value * value
                }
            ) { outputs.append($0) }
            #expect(outputs == (0..<300).map { $0 * $0 }, "jobs \(jobs)")
        }
    }

    @Test("no more inputs in flight than the window, and an error from consume stops the run")
    func windowAndErrors() throws {
        let inFlight = Atomic<Int>(0)
        let most = Atomic<Int>(0)
        var inputs = (0..<200).makeIterator()
        var consumed = 0
        try OrderedParallelMap.run(
            &inputs, jobs: 3, window: 5,
            transform: { value in
                let now = inFlight.add(1, ordering: .sequentiallyConsistent).newValue
                _ = most.max(now, ordering: .sequentiallyConsistent)
                usleep(200)
                inFlight.subtract(1, ordering: .sequentiallyConsistent)
                return value
            }
        ) { _ in consumed += 1 }
        #expect(consumed == 200)
        #expect(most.load(ordering: .sequentiallyConsistent) <= 5)

        struct Full: Error {}
        var more = (0..<1_000).makeIterator()
        var seen = 0
        #expect(throws: Full.self) {
            try OrderedParallelMap.run(&more, jobs: 2, transform: { $0 }) { value in
                seen += 1
                if value == 10 { throw Full() }
            }
        }
        #expect(seen == 11)
        // The run stopped reading soon after the error: at most a window ahead.
        #expect((more.next() ?? 1_000) < 10 + 2 * 8 + 2)
    }

    @Test("the shared cache answers like a dictionary under concurrent use and stays within its limit")
    func cache() {
        let cache = ConcurrentCache<Int, Int>(limit: 64, shards: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for key in 0..<5_000 {
                let value = cache.value(for: key) { $0 * 3 }
                precondition(value == key * 3, "worker \(worker): \(key) → \(value)")
            }
        }
        #expect(cache.count <= 64)
        #expect(cache[4_999] == 14_997)
        cache.store(1, for: -1)
        #expect(cache[-1] == 1)
    }

    @Test("a stream of files: JSON Lines read line by line, a bad file and a bad line named, the rest read")
    func stream() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routecheck-stream-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = folder.appendingPathComponent("batch.jsonl")
        try Data("{\"id\":\"a\",\"text\":\"Najin lies by the sea.\"}\n\n{oops\n{\"id\":\"c\",\"text\":\"Kursk\"}".utf8)
            .write(to: batch)
        let single = folder.appendingPathComponent("one.txt")
        try Data("Dunay is a port.".utf8).write(to: single)
        let files = [batch.path, folder.appendingPathComponent("missing.txt").path, single.path]
        var stream = ArticleStream(files: files)
        var items: [Result<ArticleInput, ArticleInputError>] = []
        while let item = stream.next() { items.append(item) }
        #expect(items.count == 5)
        #expect((try? items[0].get().id) == "a")
        #expect(items[1] == .failure(.badJSONLine(source: batch.path, line: 3, message: "not a JSON object")))
        #expect((try? items[2].get().id) == "c")
        if case .failure(.unreadable(let source, _)) = items[3] {
            #expect(source.hasSuffix("missing.txt"))
        } else {
            Issue.record("expected the missing file's error, got \(items[3])")
        }
        #expect((try? items[4].get().text) == "Dunay is a port.")
        // Three non-empty lines in the batch (the blank one is not counted), one for each other file.
        #expect(ArticleStream.estimatedCount(of: files) == 5)
        #expect(ArticleStream.estimatedCount(of: ["-"]) == nil)
    }

    @Test("analyzeBatch with two jobs gives what one gives, failures named, legs referred to")
    func analyzerBatch() throws {
        let analyzer = try Analyzer()
        let texts = [
            "Kontainer dikirim lewat laut dari Najin, Korea Utara, ke Dunay, Rusia.",
            "The depot near Tikhoretsk is about 180 miles (290 km) from the Ukrainian border.",
            "Gudang amunisi di Tikhoretsk berjarak 124 mil dari perbatasan Ukraina.",
        ]
        var inputs: [Result<ArticleInput, ArticleInputError>] = texts.enumerated().map {
            .success(ArticleInput(id: "t\($0)", text: $1, source: "t\($0)"))
        }
        inputs.insert(.failure(.empty(source: "blank.txt")), at: 1)
        let one = try analyzer.analyze(inputs, jobs: 1)
        let two = try analyzer.analyze(inputs, jobs: 2)
        #expect(one.articles.map(\.id) == ["t0", "t1", "t2"])
        #expect(two.articles.map(\.id) == one.articles.map(\.id))
        #expect(two.articles.map { $0.checks.map(\.verdict) } == one.articles.map { $0.checks.map(\.verdict) })
        #expect(one.failures == ["blank.txt: empty input, nothing to analyse"])
        let verdicts = one.articles[1].checks.filter { $0.check == .borderDistance }.map(\.verdict)
        #expect(!verdicts.isEmpty && verdicts.allSatisfy { $0 == .contradicted })
        #expect(one.articles[2].checks.first { $0.check == .borderDistance }?.verdict == .supported)
        // A leg's check names its leg instead of carrying a second copy of the line.
        let legCheck = try #require(one.articles[0].checks.first { $0.check == .routeLeg })
        #expect(legCheck.legIndex == 0)
        let features = ReportGeoJSON.features(one.articles[0])
        let claim = try #require(features.first { $0.properties?["check"]?.stringValue == "route_leg" })
        #expect(claim.geometry == nil)
        #expect(claim.properties?["leg"]?.stringValue == "t0/leg/1")
        #expect(features.contains { $0.id == .string("t0/leg/1") && $0.geometry != nil })
    }
}
