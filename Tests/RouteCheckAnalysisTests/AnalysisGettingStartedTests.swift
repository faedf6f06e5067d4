import Foundation
import RouteCheckAnalysis
import RouteCheckGeo
import RouteCheckTestSupport
import Testing

/// The getting-started article of RouteCheckAnalysis's DocC catalogue
/// (Sources/RouteCheckAnalysis/RouteCheckAnalysis.docc/GettingStarted.md) compiles and gives the figures it states;
/// every line of its code blocks is in this file.
@Suite("DocC getting-started example (analysis)")
struct AnalysisGettingStartedTests {
    @Test("the article's code runs: 290 km claimed, about 202 km computed, contradicted")
    func example() throws {
        try #require(testGazetteer != nil, "the embedded database is missing (Scripts/install-deps unpacks it)")
        let analyzer = try Analyzer()
        let text = "Tikhoretsk is about 290 km from the Ukrainian border."
        let report = try analyzer.analyze(text: text, id: "depot")
        let border = report.checks.first { $0.check == .borderDistance }
        let verdict = border?.verdict // .contradicted
        let computed = border?.computedMeters // 201,557 m
        let allowed = border?.tolerance?.below // 34,250 m below the claim

        let features = ReportGeoJSON.features(report)
        let geojson = GeoJSONWriter().string(FeatureCollection(features: features))

        #expect(verdict == .contradicted)
        #expect(abs((computed ?? 0) - 201_557) < 100)
        #expect(abs((allowed ?? 0) - 34_250) < 1)
        #expect(geojson.contains("\"role\":\"claim\""))
    }

    @Test("every code line of the article is in this test")
    func articleMatchesTest() throws {
        let (missing, checked) = try DocCArticleCode.missingLines(
            article: Repository.root.appendingPathComponent(
                "Sources/RouteCheckAnalysis/RouteCheckAnalysis.docc/GettingStarted.md"), testFile: #filePath)
        #expect(missing.isEmpty, "not in the test: \(missing)")
        #expect(checked >= 8)
    }
}
