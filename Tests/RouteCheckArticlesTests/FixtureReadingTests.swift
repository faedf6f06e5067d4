import Foundation
import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckGeo
import RouteCheckTestSupport
import Testing

/// The reader on the small fixture gazetteer (Tests/Fixtures/gazetteer/routecheck.gpkg, 3.6 MB, cut from the real
/// one by Scripts/make_fixture_gazetteer.py): places, exonyms and claims read without the 70 MB database. Texts are
/// my own.
@Suite("Reading on the fixture gazetteer")
struct FixtureReadingTests {
    static let path = Repository.root.appendingPathComponent("Tests/Fixtures/gazetteer/routecheck.gpkg").path
    static let gazetteer: Gazetteer? = try? Gazetteer(path: path)

    func extract(_ text: String) throws -> ArticleExtraction {
        try ArticleExtractor(gazetteer: try #require(Self.gazetteer, "the fixture gazetteer is missing"))
            .extract(ArticleInput(id: "t", text: text, source: "t"))
    }

    static let shipment = """
        Containers were shipped by sea from Najin, North Korea, to Dunay, Russia, then by rail to a depot near \
        Tikhoretsk, about 180 miles (290 km) from the Ukrainian border.
        """

    @Test("places: ports and towns in apposition with their country, demonyms as countries")
    func places() throws {
        let mentions = try extract(Self.shipment).mentions
        func resolved(_ text: String) -> GazetteerCandidate? { mentions.first { $0.text == text }?.resolved }
        #expect(resolved("Najin")?.countryCode == "KP" && resolved("Najin")?.kind == .port)
        #expect(resolved("Dunay")?.countryCode == "RU")
        #expect(resolved("Tikhoretsk")?.countryCode == "RU")
        #expect(resolved("Ukrainian")?.kind == .country && resolved("Ukrainian")?.countryCode == "UA")
        #expect(mentions.first { $0.text == "Najin" }?.evidence == "apposition")
    }

    @Test("claims: the distance with its conversion and hedge; two legs in one sentence, each with its mode")
    func claims() throws {
        let claims = try extract(Self.shipment).claims
        let distance = try #require(
            claims.lazy.compactMap { claim -> DistanceClaim? in
                if case .distance(let d) = claim.payload { return d } else { return nil }
            }.first)
        #expect(distance.unit == .statuteMiles && distance.writtenValue == 180 && distance.qualifier == .approximately)
        #expect(distance.conversion?.unit == .kilometers && distance.conversion?.writtenValue == 290)
        #expect(distance.subject?.resolved?.name == "Tikhoretsk")
        guard case .border(let country, _) = distance.reference else {
            Issue.record("expected a border reference, got \(distance.reference)")
            return
        }
        #expect(country == "UA")
        let route = try #require(
            claims.lazy.compactMap { claim -> RouteClaim? in
                if case .route(let r) = claim.payload { return r } else { return nil }
            }.first)
        // One sentence, two legs: it is cut at "then", each part with its own mode.
        #expect(
            route.legs.map { "\($0.from.resolved?.name ?? "?")→\($0.to.resolved?.name ?? "?")" }
                == ["Najin→Dunay", "Dunay→Tikhoretsk"])
        #expect(route.legs.map(\.mode) == [.sea, .rail])
    }

    @Test("Indonesian: exonyms and a placement in a part of the country")
    func indonesian() throws {
        let extraction = try extract("Depot itu berada di Tikhoretsk di barat daya Rusia, jauh dari Korea Utara.")
        #expect(extraction.mentions.first { $0.text == "Korea Utara" }?.resolved?.countryCode == "KP")
        let placement = try #require(
            extraction.claims.lazy.compactMap { claim -> PlacementClaim? in
                if case .placement(let p) = claim.payload { return p } else { return nil }
            }.first)
        #expect(placement.subject.resolved?.name == "Tikhoretsk" && placement.country == "RU")
        #expect(placement.part == .southWest)
    }

    @Test("Indonesian legs: 'lalu' cuts the sentence; a part that names no mode keeps the one named before it")
    func indonesianLegs() throws {
        func legs(_ text: String) throws -> [String] {
            try extract(text).claims.flatMap { claim -> [RouteLeg] in
                if case .route(let r) = claim.payload { return r.legs } else { return [] }
            }.map { "\($0.from.resolved?.name ?? "?")→\($0.to.resolved?.name ?? "?") \($0.mode.rawValue)" }
        }
        #expect(
            try legs(
                "Kontainer itu dibawa dengan kapal dari Najin ke Dunay, lalu dengan kereta api dari Dunay ke Tikhoretsk."
            )
                == ["Najin→Dunay sea", "Dunay→Tikhoretsk rail"])
        #expect(try legs("Kapal itu ditahan di Vladivostok dan kemudian dibawa ke Najin.") == ["Vladivostok→Najin sea"])
    }

    @Test("the fixture stays small: under 8 MB")
    func small() throws {
        _ = try #require(Self.gazetteer, "the fixture gazetteer is missing")
        let size = (try FileManager.default.attributesOfItem(atPath: Self.path)[.size] as? NSNumber)?.intValue ?? 0
        #expect(size > 0 && size < 8_000_000, "the fixture should stay small: \(size) bytes")
    }
}
