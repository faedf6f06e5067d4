import Foundation
import Testing
import RouteCheckArticles
import RouteCheckGazetteer

/// Place reading on texts written for these tests: one mechanism a test (divisions, abbreviations, ranking
/// features). Figures on real news are measured by `CorpusTests` with the project's scorer.
@Suite("Place reading (own texts)")
struct PlaceReadingTests {
    func mentions(_ text: String) throws -> [PlaceMention] {
        let extractor = ArticleExtractor(gazetteer: try #require(testGazetteer))
        return try extractor.extract(ArticleInput(id: "t", text: text, source: "t")).mentions
    }

    func resolved(_ text: String, _ name: String) throws -> GazetteerCandidate? {
        try mentions(text).first { $0.text == name }?.resolved
    }

    @Test("first-order divisions are read, and a province after a comma places the town before it")
    func divisions() throws {
        #expect(try resolved("The governor of Queensland met farmers near Toowoomba.", "Queensland")?.kind == .province)
        let pandi = try resolved("Floods hit Pandi, Bulacan, on Monday.", "Pandi")
        #expect(pandi?.countryCode == "PH")
        #expect(try mentions("Floods hit Pandi, Bulacan, on Monday.").first?.evidence == "apposition")
    }

    @Test("US state abbreviations count in the 'City, St.' pattern only; initialisms anywhere")
    func abbreviations() throws {
        let found = try mentions("He moved from Charleston, W.Va., to Topeka, Kan., last year.")
        #expect(found.contains { $0.resolved?.name == "West Virginia" })
        #expect(found.contains { $0.resolved?.name == "Kansas" })
        #expect(try mentions("Sunday Mass was held in the old cathedral of Lyon.").allSatisfy { $0.resolved?.kind != .province })
    }

    @Test("a country's own name is the country, even when a town of that name lies in the article's focus country")
    func countryOverTown() throws {
        #expect(try resolved("Officials in Houston and Dallas said China would respond.", "China")?.kind == .country)
    }

    @Test("a capital's own mention does not make its country the article's focus for itself")
    func noSelfFocus() throws {
        let athens = try #require(try mentions("The storm moved from Atlanta toward Athens and Macon.").first { $0.text == "Athens" })
        #expect(athens.evidence != "focus country")
    }

    @Test("'Kursk Oblast' reads as Kursk with a region word, widening the subject's tolerance")
    func divisionNamedLikeCity() throws {
        let extractor = ArticleExtractor(gazetteer: try #require(testGazetteer))
        let claims = try extractor.extract(ArticleInput(id: "t", text: "Drones hit Kursk Oblast, 90 km from the Ukrainian border.",
                                                        source: "t")).claims
        let distance = try #require(claims.compactMap { claim -> DistanceClaim? in
            if case .distance(let d) = claim.payload { return d }
            return nil
        }.first)
        #expect(distance.subject?.resolved?.name == "Kursk")
        #expect(distance.subjectIsRegion)
    }
}
