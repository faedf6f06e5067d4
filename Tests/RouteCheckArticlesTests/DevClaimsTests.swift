import Foundation
import RouteCheckTestSupport
import Testing

/// Runs `../shared/tools/claims_score.py` (the scorer the project is judged with) on the real claims of
/// `../shared/claims/dev.jsonl` against the built `routecheck`, and fails below the recorded share. Skips with a
/// message where `../shared` or python3 is absent. The texts are read from `../shared` only, never copied here.
@Suite("Real claims (../shared/claims/dev.jsonl)")
struct DevClaimsTests {
    /// The share recorded in README.md ("Accuracy on real claims"), less one case of slack.
    static let recordedShare = 0.86

    @Test("dev set: the share of real claims judged right does not fall below the recorded figure")
    func devSet() throws {
        guard
            let (output, status) = try SharedScorer.run(
                "claims_score.py", input: "claims/dev.jsonl",
                extra: [String(Self.recordedShare)])
        else { return }
        let summary = output.split(separator: "\n").last.map(String.init) ?? ""
        print("dev set: \(summary)")
        #expect(status == 0, "below the recorded share \(Self.recordedShare): \(summary)")
    }
}
