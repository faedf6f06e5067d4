import Foundation
import RouteCheckAnalysis
import RouteCheckGeo
import RouteCheckRouting
import RouteCheckTestSupport
import Testing

/// One analyzer with the real networks, shared by the suite (loading them takes a fraction of a second).
let routedAnalyzer: Analyzer? = testGazetteer.map {
    Analyzer(gazetteer: $0, routing: LegRouting.load(beside: $0).routing)
}

@Suite("Route legs in analyze: routed on the networks when the mode is known")
struct RoutedLegTests {
    @Test("an English sea leg is routed on the water and its check says so")
    func englishSeaLeg() throws {
        let analyzer = try #require(routedAnalyzer)
        let report = try analyzer.analyze(
            text: "The containers were shipped by sea from Najin, North Korea, to Dunay, Russia.")
        let leg = try #require(report.legs.first)
        let routed = try #require(leg.routed, "\(leg.routingNote?.description ?? "")")
        #expect(routed.mode == .sea)
        #expect(routed.distance > leg.distance)
        #expect(abs(leg.length.meters - routed.distance.meters) < 1e-9)
        let check = try #require(report.checks.first { $0.check == .routeLeg })
        #expect(check.verdict == .unverifiable)
        #expect(check.computedMeters == routed.distance.meters)
        guard case .leg(let evidence) = check.evidence, let summary = evidence.routed else {
            Issue.record("a routed leg's check carries its leg evidence: \(check.evidence)")
            return
        }
        #expect(summary.bySea && summary.length == routed.distance)
        #expect(abs(evidence.geodesic.kilometers - 182) < 0.5)
    }

    @Test("a sea leg from a town far inland keeps the geodesic and says why it was not routed")
    func inlandSeaLeg() throws {
        let analyzer = try #require(routedAnalyzer)
        let report = try analyzer.analyze(text: "The ammunition was shipped by sea from Tikhoretsk to Najin.")
        let leg = try #require(report.legs.first)
        #expect(leg.routed == nil)
        let note = try #require(leg.routingNote)
        guard case .failed(let message) = note else {
            Issue.record("expected the router's failure, got \(note)")
            return
        }
        #expect(message.contains("Tikhoretsk") && message.contains("from the sea"))
        let check = try #require(report.checks.first { $0.check == .routeLeg })
        #expect(check.computedMeters == leg.distance.meters)
        guard case .leg(let evidence) = check.evidence else {
            Issue.record("no leg evidence")
            return
        }
        #expect(evidence.routingNote == note && evidence.routed == nil)
    }

    @Test("without routing, legs are measured along the geodesic only")
    func withoutRouting() throws {
        let analyzer = Analyzer(gazetteer: try #require(testGazetteer))
        let report = try analyzer.analyze(
            text: "The containers were shipped by sea from Najin, North Korea, to Dunay, Russia.")
        let leg = try #require(report.legs.first)
        #expect(leg.routed == nil && leg.routingNote == nil)
        #expect(leg.length == leg.distance)
    }

    @Test("multi-leg routing in the library: stops and one mode per leg, as the route command uses it")
    func multiLegRouting() throws {
        let gazetteer = try #require(testGazetteer)
        let routing = try LegRouting.load(beside: gazetteer, for: [.sea])
        #expect(routing.sea != nil && routing.rail == nil)
        let najin = LegRouting.Stop(coordinate: GeographicCoordinate(latitude: 42.24, longitude: 130.3), label: "Najin")
        let dunay = LegRouting.Stop(
            coordinate: GeographicCoordinate(latitude: 42.88, longitude: 132.34), label: "Dunay")
        let legs = try routing.route(stops: [najin, dunay, najin], modes: [.sea, .geodesic])
        #expect(legs.map(\.mode) == [.sea, .geodesic])
        // The sea leg is the one the sea router gives alone; the geodesic leg is the geodesic (pyproj: 181,926.9 m).
        let alone = try #require(routing.sea).route(
            from: najin.coordinate, to: dunay.coordinate, labels: ("Najin", "Dunay"))
        #expect(legs[0].distance == alone.distance && legs[0].distance > legs[1].distance)
        #expect(
            abs(
                legs[1].distance.meters
                    - Geodesic.wgs84.geodesicDistance(from: dunay.coordinate, to: najin.coordinate).meters) < 1e-6)
        // A mode whose network was not loaded is an error naming it, not a silent geodesic.
        #expect(throws: RoutingError.self) { try routing.route(stops: [najin, dunay], modes: [.rail]) }
    }
}
