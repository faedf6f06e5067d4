import Foundation
import RouteCheckTestSupport
import Testing

@testable import RouteCheckArticles

/// Extraction scored against the hand-written gold annotations in Tests/Gold.
@Suite("Extraction against gold annotations")
struct GoldEvaluationTests {
    func evaluate(_ name: String) throws -> EvaluationResult {
        let gazetteer = try #require(testGazetteer, "Data/routecheck.gpkg is required")
        let gold = try GoldSet.load(Repository.root.appendingPathComponent("Tests/Gold/\(name)").path)
        let result = try Evaluator.evaluate(
            gold, extractor: ArticleExtractor(gazetteer: gazetteer), root: Repository.root)
        print(result.summary(name), terminator: "")
        return result
    }

    @Test("seed articles: place F1 ≥ 0.95, resolution ≥ 0.95, every distance and route claim found")
    func seeds() throws {
        let result = try evaluate("seeds.json")
        #expect(result.f1 >= 0.95)
        #expect(result.resolutionAccuracy >= 0.95)
        for type in ["distance", "route_leg"] {
            let counts = try #require(result.byType[type])
            #expect(counts.matched == counts.gold, "\(type): \(result.missedClaims)")
        }
        #expect(result.claimPrecision >= 0.9)
    }

    @Test("our own nineteen English and Indonesian texts: floors that catch regressions")
    func extra() throws {
        let result = try evaluate("extra.json")
        #expect(result.goldMentions >= 50)
        #expect(result.f1 >= 0.98)
        #expect(result.resolutionAccuracy >= 0.95)
        #expect(result.claimRecall >= 0.95)
        #expect(result.claimPrecision >= 0.95)
    }
}
