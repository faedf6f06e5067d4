import Foundation
import RouteCheckTestSupport
import Testing

/// Place reading on real news nobody here wrote: runs `../shared/tools/geoparse_score.py` (the scorer the project is
/// judged with) on the gold corpora in `../shared/corpora` against the built `routecheck`, and fails when the
/// end-to-end recall@161km or the recognition F1 falls below the figure recorded in README.md ("Place reading on real
/// news") less 0.01.
/// Skips with a message where `../shared` or python3 with shapely is absent; the texts stay in `../shared`.
@Suite("Place reading on the gold corpora (../shared/corpora)")
struct CorpusTests {
    /// Recorded end-to-end recall@161km and recognition F1, less 0.01 of slack.
    static let floors: [(corpus: String, endToEnd: Double, f1: Double)] = [
        ("english/lgl.xml", 0.785, 0.856), ("english/GeoVirus.xml", 0.888, 0.868), ("indonesian/dev.txt", 0.825, 0.892),
    ]

    @Test(
        "end-to-end recall@161km and recognition F1 hold on LGL, GeoVirus and the Indonesian corpus",
        arguments: floors.map(\.corpus))
    func corpus(_ corpus: String) throws {
        let recorded = try #require(Self.floors.first { $0.corpus == corpus })
        let floor = recorded.endToEnd
        guard let (output, _) = try SharedScorer.run("geoparse_score.py", input: "corpora/\(corpus)") else { return }
        guard let line = output.split(separator: "\n").first(where: { $0.contains("end-to-end recall@161km") }),
            let figure = line.split(separator: " ").last.flatMap({ Double($0) })
        else {
            print("skipped: the scorer gave no figure (python3 with shapely needed): \(output.suffix(300))")
            return
        }
        print("\(corpus): \(line)")
        #expect(figure >= floor, "\(corpus): end-to-end recall@161km \(figure) is below the recorded \(floor)")
        let f1 = line.components(separatedBy: " F1 ").dropFirst().first?.split(separator: ";").first.flatMap {
            Double($0)
        }
        #expect(
            (f1 ?? 0) >= recorded.f1, "\(corpus): recognition F1 \(f1 ?? .nan) is below the recorded \(recorded.f1)")
    }
}
