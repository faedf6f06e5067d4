import Foundation
import RouteCheckAnalysis
import RouteCheckArticles
import RouteCheckTestSupport
import Testing

@Suite("Verification of claims")
struct VerificationTests {
    func analyzer() throws -> Analyzer { Analyzer(gazetteer: try #require(testGazetteer)) }

    func borderCheck(_ text: String) throws -> ClaimCheck {
        let report = try analyzer().analyze(text: text)
        return try #require(
            report.checks.first { $0.check == .borderDistance }, "no border check in: \(report.checks.map(\.reason))")
    }

    @Test("Tikhoretsk: 290 km from Ukraine's border is contradicted (computed ≈ 202 km)")
    func contradicted() throws {
        let check = try borderCheck(
            "Senjata dikirim ke depot dekat Tikhoretsk, sekitar 290 km dari perbatasan Ukraina.")
        #expect(check.verdict == .contradicted)
        let computed = try #require(check.computedMeters)
        #expect(abs(computed - 201_557) < 100)
        guard case .border(let subject, let country, let nearest?, let judgement) = check.evidence else {
            Issue.record("expected border evidence with a nearest point, got \(check.evidence)")
            return
        }
        #expect(subject.name == "Tikhoretsk" && country == "UA" && !judgement.accepted)
        // The nearest point of Ukraine's outline (DCW, Crimea included) lies on the Sea of Azov coast.
        #expect(abs(nearest.latitude - 47.1153) < 0.001 && abs(nearest.longitude - 38.2340) < 0.001)
        // Below the claim: 5 km for "290" + 29 km for "sekitar" + 25 km for "dekat" + 0.25 km for the boundary data.
        #expect(judgement.claimed.kilometers == 290 && abs(judgement.allowance.meters - 59_250) < 1)
    }

    @Test("Tikhoretsk: about 124 miles from the Ukrainian border is supported")
    func supported() throws {
        let check = try borderCheck("The depot near Tikhoretsk is about 124 miles from the Ukrainian border.")
        #expect(check.verdict == .supported)
        #expect(abs((check.claimedMeters ?? 0) - 124 * 1609.344) < 1e-6)
        #expect(check.tolerance?.meters ?? 0 > 0)
    }

    @Test("'more than' is one-sided: more than 150 km holds, more than 250 km does not")
    func oneSided() throws {
        #expect(try borderCheck("Tikhoretsk lies more than 150 km from the Ukrainian border.").verdict == .supported)
        #expect(try borderCheck("Tikhoretsk lies more than 250 km from the Ukrainian border.").verdict == .contradicted)
    }

    @Test("the unit conversion is checked on its own: 180 mil (290 km) is consistent, 180 mil (350 km) is not")
    func conversion() throws {
        let good = try analyzer().analyze(
            text: "Depot dekat Tikhoretsk, sekitar 180 mil (290 km) dari perbatasan Ukraina.")
        #expect(good.checks.first { $0.check == .unitConversion }?.verdict == .supported)
        let bad = try analyzer().analyze(
            text: "Depot dekat Tikhoretsk, sekitar 180 mil (350 km) dari perbatasan Ukraina.")
        #expect(bad.checks.first { $0.check == .unitConversion }?.verdict == .contradicted)
    }

    @Test("an unresolvable subject gives 'unverifiable', never a guess")
    func unverifiable() throws {
        let report = try analyzer().analyze(text: "The missile fell about 300 km from the Ukrainian border.")
        let check = try #require(report.checks.first)
        #expect(check.verdict == .unverifiable)
        #expect(check.computedMeters == nil)
    }

    @Test(
        "placements: 'Dunay, Rusia' supported; 'Tikhoretsk di barat daya Rusia' supported; 'Vladivostok, Ukraina' contradicted"
    )
    func placements() throws {
        let a = try analyzer()
        #expect(
            try a.analyze(text: "Kontainer dikirim ke Dunay, Rusia.").checks.first { $0.check == .placement }?.verdict
                == .supported)
        #expect(
            try a.analyze(text: "Depot itu dekat Tikhoretsk di barat daya Rusia.").checks.first {
                $0.check == .placement
            }?.verdict == .supported)
        #expect(
            try a.analyze(text: "Pelabuhan di Vladivostok, Ukraina.").checks.first { $0.check == .placement }?.verdict
                == .contradicted)
        #expect(
            try a.analyze(text: "Depot itu dekat Tikhoretsk di timur laut Rusia.").checks.first {
                $0.check == .placement
            }?.verdict == .contradicted)
    }

    @Test(
        "a distance between places with a direction: 'Kherson lies about 70 km west of Zaporizhzhia' fails on the direction"
    )
    func direction() throws {
        let report = try analyzer().analyze(text: "Kherson lies about 230 km south-west of Zaporizhzhia.")
        let check = try #require(report.checks.first { $0.check == .placeDistance })
        #expect(check.verdict == .supported, "\(check.reason)")
        let wrong = try analyzer().analyze(text: "Kherson lies about 230 km north-east of Zaporizhzhia.")
        #expect(wrong.checks.first { $0.check == .placeDistance }?.verdict == .contradicted)
    }

    @Test(
        "route legs are measured and a sea leg across land is flagged; the summit inconsistency is found across articles"
    )
    func legsAndInconsistency() throws {
        let a = try analyzer()
        let inputs = try ["002_910151cac6b3dd95", "003_2d619129deb0a32d", "004_9408d17cdd2a2d0a"].map { id in
            Result<ArticleInput, ArticleInputError>.success(
                ArticleInput(
                    id: id,
                    text: try String(
                        contentsOf: Repository.root.appendingPathComponent("Data/articles/\(id).txt"), encoding: .utf8),
                    source: id))
        }
        let report = try a.analyze(inputs, jobs: 2)
        let legs = report.articles[0].legs
        #expect(legs.count == 2)
        #expect(legs.map(\.leg.mode) == [.sea, .rail])
        #expect(abs(legs[0].distance.kilometers - 182.0) < 1)
        #expect(!legs[0].crossesLandOf.isEmpty)
        #expect(report.inconsistencies.count == 1)
        #expect(report.inconsistencies.first?.spread.kilometers ?? 0 > 5000)
    }

    @Test("a town's extent widens the tolerance above the claim only: a figure from its edge is shorter, never longer")
    func extentAboveTheClaimOnly() throws {
        func placeCheck(_ text: String) throws -> ClaimCheck {
            let report = try analyzer().analyze(text: text)
            return try #require(
                report.checks.first { $0.check == .placeDistance }, "no place check in: \(report.checks.map(\.reason))")
        }
        // Vovchansk (GeoNames 50.29078 N, 36.94108 E) → Kharkiv (49.98177 N, 36.25475 E): 59,908 m (pyproj WGS84).
        let longer = try placeCheck("Vovchansk is 45 miles from Kharkiv, the regional capital.")
        #expect(abs((longer.computedMeters ?? 0) - 59_908) < 100)
        #expect(longer.verdict == .contradicted)
        let tolerance = try #require(longer.tolerance)
        // Below the claim: the figure's precision (0.5 mi) and 5 % of it, no extent.
        #expect(abs(tolerance.below - (0.5 * 1609.344 + 0.05 * 45 * 1609.344)) < 1)
        #expect(tolerance.above > tolerance.below + 10_000)
        let shorter = try placeCheck("Vovchansk is 50 km from Kharkiv, the regional capital.")
        #expect(shorter.verdict == .supported)
    }
}
