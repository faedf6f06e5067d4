import Foundation
import RouteCheckAnalysis
import RouteCheckArticles
import RouteCheckGeo
import RouteCheckRouting
import RouteCheckTestSupport
import Testing

/// The GeoJSON schema: every key written comes from `ReportProperty`, `route` and `analyze` legs share their keys,
/// and README documents every key, role and colour.
@Suite("GeoJSON property schema")
struct ReportSchemaTests {
    /// Text of my own: a sea leg, a border distance with a unit conversion, a placement.
    static let article = """
        Containers were sent by sea from Najin, North Korea, to Vladivostok, Russia. The depot near Tikhoretsk lies about \
        180 miles (290 km) from the Ukrainian border.
        """

    @Test("every property of an analysis's features is a schema key, and every role a FeatureRole")
    func analysisKeysAreSchemaKeys() throws {
        let analyzer = Analyzer(gazetteer: try #require(testGazetteer))
        let report = try analyzer.analyze(text: Self.article, id: "schema")
        let features = ReportGeoJSON.features(report) + ExtractionGeoJSON.features(report.extraction)
        let roles = Set(features.compactMap(\.role))
        #expect(roles.isSuperset(of: [.article, .place, .leg, .claim]), "roles: \(roles)")
        let analysisFeatures = ReportGeoJSON.features(report)
        for feature in analysisFeatures {
            let unknown = (feature.properties ?? [:]).keys.filter { ReportProperty(rawValue: $0) == nil }
            #expect(unknown.isEmpty, "\(feature.id.map { "\($0)" } ?? "?"): keys outside the schema \(unknown)")
            #expect(feature.role != nil)
        }
    }

    @Test("route's legs carry the keys analyze's legs carry, but for the article's and the text's own")
    func routeAndAnalyzeLegsShareKeys() throws {
        let analyzer = Analyzer(gazetteer: try #require(testGazetteer))
        let report = try analyzer.analyze(text: Self.article, id: "schema")
        let leg = try #require(ReportGeoJSON.features(report).first { $0.role == .leg })
        let analyzeKeys = Set((leg.properties ?? [:]).keys)
        // The keys RouteCommand adds to `routedLegProperties` (Sources/routecheck/RouteCommand.swift).
        let routeKeys = Set(ReportGeoJSON.routedLegProperties(nil, geodesic: .kilometers(1)).keys.map(\.rawValue))
            .union([ReportProperty.role, .from, .to, .mode, .distanceMeters].map(\.rawValue))
        let analyzeOnly: Set<String> = [ReportProperty.article, .modes, .routeNote, .crossesLand, .crossesLandOf].map(
            \.rawValue
        )
        .reduce(into: []) { $0.insert($1) }
        #expect(analyzeKeys.subtracting(analyzeOnly) == routeKeys)
    }

    @Test("README's GeoJSON properties section names every key, role, layer and colour")
    func readmeDocumentsTheSchema() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "## GeoJSON properties"))
        let section = String(
            readme[start.upperBound...].prefix { _ in true }.split(separator: "\n## ", maxSplits: 1)[0])
        for key in ReportProperty.allCases {
            #expect(section.contains("`\(key.rawValue)`"), "README lacks the key \(key.rawValue)")
        }
        for role in FeatureRole.allCases {
            #expect(section.contains("`\(role.rawValue)`"), "README lacks the role \(role.rawValue)")
            #expect(section.contains(role.layerName), "README lacks the layer \(role.layerName)")
        }
        for verdict in Verdict.allCases {
            #expect(
                section.contains("\(verdict.rawValue) `\(ReportStyle.colour(verdict))`"),
                "README's colour of \(verdict)")
        }
        for mode in [TransportMode.sea, .rail, .road, .air] {
            #expect(section.contains("\(mode.rawValue) `\(ReportStyle.colour(legMode: mode.rawValue))`"))
        }
    }
}
