import Foundation
import RouteCheckAnalysis
import RouteCheckArticles
import RouteCheckGeo
import RouteCheckTestSupport
import Testing

/// Checks carry their evidence as data (places, points, figures, rules, outcome); prose is rendered from it, in
/// English or Indonesian. Texts are my own.
@Suite("Evidence of checks, and its rendering")
struct EvidenceTests {
    func analyzer() throws -> Analyzer { Analyzer(gazetteer: try #require(testGazetteer)) }

    @Test("a direction is evidence: the stated point, the azimuth measured and whether it lies in the sector")
    func directionEvidence() throws {
        let report = try analyzer().analyze(text: "Ryazan lies about 180 km south-east of Moscow.")
        let check = try #require(report.checks.first { $0.check == .placeDistance })
        guard case .between(let subject, let reference, let direction?, let judgement) = check.evidence else {
            Issue.record("expected a distance between places with a direction, got \(check.evidence)")
            return
        }
        #expect(subject.name == "Ryazan’" && reference.name == "Moscow") // GeoNames writes the soft sign as ’
        #expect(direction.stated == .southEast && direction.within && direction.sectorHalfWidth == 45)
        // Moscow (55.75204 N, 37.61781 E) → Ryazan (54.62696 N, 39.70415 E): 182,594.2 m at 132.446° (pyproj WGS84).
        #expect(abs(direction.azimuth - 132.446) < 0.001)
        #expect(abs(judgement.computed.meters - 182_594.2) < 0.5)
        #expect(judgement.accepted && check.verdict == .supported)
        #expect(judgement.computed == check.computed && judgement.claimed.kilometers == 180)
    }

    @Test("a placement in a part of a country is evidence: the area shares west and south of the place")
    func placementEvidence() throws {
        let report = try analyzer().analyze(text: "The depot lies in Tikhoretsk, in the south-west of Russia.")
        let check = try #require(report.checks.first { $0.check == .placement })
        guard case .placement(let subject, let country, let inside, _, _, let part?) = check.evidence else {
            Issue.record("expected a placement with a part, got \(check.evidence)")
            return
        }
        #expect(subject.name == "Tikhoretsk" && country == "RU" && inside)
        #expect(part.part == .southWest && part.inside)
        #expect(part.westShare < 0.25 && part.southShare < 0.25)
    }

    @Test("tolerance parts are reasons as data, each with its share or resolution")
    func toleranceReasons() throws {
        let report = try analyzer().analyze(text: "Tikhoretsk is about 290 km from the Ukrainian border.")
        let check = try #require(report.checks.first { $0.check == .borderDistance })
        let reasons = try #require(check.tolerance).parts.map(\.reason)
        #expect(reasons.contains(.figurePrecision(number: "290", unit: .kilometers)))
        #expect(reasons.contains(.hedge(.approximately, share: 0.10)))
        #expect(reasons.contains(.boundaryResolution))
        #expect(!reasons.contains(.subjectNear))
    }

    @Test("the same evidence in Indonesian: decimal commas, BMKG-style coordinates, Indonesian words")
    func indonesianRendering() throws {
        let report = try analyzer().analyze(text: "Tikhoretsk berjarak sekitar 290 km dari perbatasan Ukraina.")
        let check = try #require(report.checks.first { $0.check == .borderDistance })
        let indonesian = check.reason(in: .id)
        #expect(
            indonesian.hasPrefix("Tikhoretsk berjarak 201,6 km dari titik terdekat wilayah UA (47,1153 LU 38,2340 BT)"),
            "\(indonesian)")
        #expect(indonesian.contains("di luar toleransi 34,3 km"))
        #expect(indonesian.contains("untuk kata 'sekitar' (10 %)"))
        #expect(check.reason.hasPrefix("Tikhoretsk is 201.6 km from the nearest point of UA (47.1153, 38.2340)"))
        #expect(CheckExplanation.point(.westSouthWest, .id) == "barat-barat daya")
        #expect(CheckExplanation.point(.southEast, .id) == "tenggara")
    }

    @Test("'from the front line' is measured to a front line the user gives, else unverifiable and says so")
    func frontLine() throws {
        let gazetteer = try #require(testGazetteer)
        let text = "Kramatorsk is about 20 km from the front line."
        let without = try Analyzer(gazetteer: gazetteer).analyze(text: text)
        let unmeasured = try #require(without.checks.first { $0.check == .distance })
        guard case .unverifiable(.frontLineWithoutGeometry) = unmeasured.evidence else {
            Issue.record("expected a front line without geometry, got \(unmeasured.evidence)")
            return
        }
        // A test line of my own: the meridian 38° E from 48° N to 49.5° N.
        let line = Geometry.lineString(LineString([Position(x: 38, y: 48), Position(x: 38, y: 49.5)]))
        let front = try ClaimVerifier.FrontLine(line, source: "test line")
        let report = try Analyzer(gazetteer: gazetteer, frontLine: front).analyze(text: text)
        let check = try #require(report.checks.first { $0.check == .frontLineDistance })
        guard case .frontLine(let subject, let source, let nearest, let judgement) = check.evidence else {
            Issue.record("expected front-line evidence, got \(check.evidence)")
            return
        }
        #expect(subject.name == "Kramatorsk" && source == "test line")
        // Kramatorsk (48.73106 N, 37.56779 E) to the meridian 38° E: 31,795.333 m at 48.73187 N (pyproj WGS84,
        // the line sampled every 0.00001°).
        #expect(abs(judgement.computed.meters - 31_795.333) < 0.01)
        #expect(abs(nearest.latitude - 48.73187) < 0.0001 && abs(nearest.longitude - 38) < 1e-9)
        #expect(judgement.claimed.kilometers == 20)
    }
}
