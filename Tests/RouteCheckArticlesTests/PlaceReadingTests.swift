import Foundation
import RouteCheckArticles
import RouteCheckGazetteer
import RouteCheckTestSupport
import Testing

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

    /// Every mention of `name` in `text`, in order.
    func readings(of name: String, in text: String) throws -> [PlaceMention] {
        try mentions(text).filter { $0.text == name }
    }

    @Test("first-order divisions are read, and a province after a comma places the town before it")
    func divisions() throws {
        #expect(try resolved("The governor of Queensland met farmers near Toowoomba.", "Queensland")?.kind == .province)
        let pandi = try resolved("Floods hit Pandi, Bulacan, on Monday.", "Pandi")
        #expect(pandi?.countryCode == "PH")
        #expect(try mentions("Floods hit Pandi, Bulacan, on Monday.").first?.evidence == "apposition")
    }

    @Test("a division written in English is the division, and a region Natural Earth lacks is read whole")
    func divisionsInEnglish() throws {
        let text =
            "Vineyards in Tuscany and hop farms in Bavaria lost their crops, while in Central Luzon rice fields flooded."
        for (name, country) in [("Tuscany", "IT"), ("Bavaria", "DE")] {
            let division = try resolved(text, name)
            #expect(
                division?.kind == .province && division?.countryCode == country,
                "\(name) → \(String(describing: division))")
        }
        // One mention for the region, not "Central" and "Luzon" apart.
        #expect(try resolved(text, "Central Luzon")?.countryCode == "PH")
        #expect(try readings(of: "Luzon", in: text).isEmpty)
        // A given name that is also an English name of a region is not read as the region.
        #expect(try resolved("Our intern Brittany will answer questions on Friday.", "Brittany")?.kind != .province)
    }

    @Test("a division's own name is not overtaken by a namesake city on the article's focus alone")
    func divisionOverFocusTown() throws {
        // The United States as the focus had lifted Ontario, California (a city of 175,000) over the province.
        let text =
            "The American chain closed stores across the United States, and its sales in Ontario fell by a third."
        let ontario = try resolved(text, "Ontario")
        #expect(ontario?.kind == .province && ontario?.countryCode == "CA", "\(String(describing: ontario))")
        // The apposition still places the city.
        let city = try resolved("The plant in Ontario, California, ships parts to Arizona and Nevada.", "Ontario")
        #expect(city?.kind == .city && city?.countryCode == "US")
    }

    @Test("US state abbreviations count in the 'City, St.' pattern only; initialisms anywhere")
    func abbreviations() throws {
        let found = try mentions("He moved from Charleston, W.Va., to Topeka, Kan., last year.")
        #expect(found.contains { $0.resolved?.name == "West Virginia" })
        #expect(found.contains { $0.resolved?.name == "Kansas" })
        #expect(
            try mentions("Sunday Mass was held in the old cathedral of Lyon.").allSatisfy {
                $0.resolved?.kind != .province
            })
    }

    @Test("a state outlined by gmt-dcw stands at its outline's centre, not at a label point on an exclave or islet")
    func divisionPoints() throws {
        // Kentucky spans 89.6° W – 82.0° W and 36.5° N – 39.1° N; its far-western exclave (Kentucky Bend, 89.5° W)
        // and Virginia's Atlantic islets (75.9° W) are what the first-ranked Natural Earth label points gave.
        let kentucky = try #require(try resolved("Storms crossed Kentucky overnight.", "Kentucky"))
        #expect(
            (-87.0 ... -84.0).contains(kentucky.coordinate.longitude)
                && (37.0...38.2).contains(kentucky.coordinate.latitude))
        let virginia = try #require(try resolved("Storms crossed Virginia overnight.", "Virginia"))
        #expect((-80.5 ... -77.5).contains(virginia.coordinate.longitude), "\(virginia.coordinate)")
        // The state is the place, not the Natural Earth region (peninsula) of the same name.
        #expect(
            try resolved("Storms crossed Florida overnight, officials in Tallahassee said.", "Florida")?.kind
                == .province)
    }

    @Test("an initialism is read with or without its last full stop or inner space, case kept")
    func initialisms() throws {
        let found = try mentions("The senator from S.C. spoke in Columbia, S.C. on Friday.")
        #expect(found.filter { $0.resolved?.name == "South Carolina" }.count == 2)
        #expect(try mentions("The sc file was saved.").allSatisfy { $0.resolved?.name != "South Carolina" })
        // Written with a space ("W. Va.") and as curated city initialisms ("D.C.", "L.A.").
        let spaced = try mentions(
            "Miners in Beckley, W. Va. and lawmakers in Washington, D.C. met staff from L.A. on Monday.")
        #expect(spaced.contains { $0.text == "W. Va" && $0.resolved?.name == "West Virginia" })
        #expect(spaced.contains { $0.text == "D.C" && $0.resolved?.name == "Washington" })
        #expect(spaced.contains { $0.text == "L.A" && $0.resolved?.name == "Los Angeles" })
        // A person's initial and a short name are no place.
        #expect(try mentions("The report by J. Doe was read aloud.").isEmpty)
    }

    @Test(
        "a country's or world region's own name is that, even when a town of that name lies in the focus country")
    func countryOverTown() throws {
        #expect(try resolved("Officials in Houston and Dallas said China would respond.", "China")?.kind == .country)
        // The US is the focus here, and a Baltimore neighbourhood is called Middle East.
        let tour = "The US envoy toured the Middle East this week, and US officials welcomed the trip."
        #expect(try resolved(tour, "Middle East")?.kind == .region)
        // Raoul, a hamlet in the US state of Georgia, lifts the state's reading; the state has no support here, so
        // the name stays the country rather than vanishing.
        let pact = "Georgia signed the trade pact on Monday, officials said. The minister later met Raul, a farmer."
        #expect(try resolved(pact, "Georgia")?.kind == .country)
    }

    @Test("a capital's own mention does not make its country the article's focus for itself")
    func noSelfFocus() throws {
        let athens = try #require(
            try mentions("The storm moved from Atlanta toward Athens and Macon.").first { $0.text == "Athens" })
        #expect(athens.evidence != "focus country")
    }

    @Test("a name said again is no evidence for itself: neither focus country nor anchor (Paris by Edgar County)")
    func repeatsAreNoEvidence() throws {
        // Paris, Illinois (GeoNames 4246659: 39.61115 N, 87.69614 W) is the seat of Edgar County, which GeoNames
        // places at the same point. Each "Paris" resolved to France had counted as France's focus, and as an anchor
        // near Paris, France, for the other mentions of "Paris".
        let local = try readings(
            of: "Paris",
            in: "Edgar County officials opened a bridge near Paris on Friday. The Paris mayor cut the ribbon, and "
                + "Paris firefighters parked their trucks on it.")
        #expect(local.count == 3)
        for mention in local {
            #expect(abs((mention.resolved?.coordinate.longitude ?? 0) - -87.69614) < 1e-4, "\(mention)")
            #expect(mention.evidence != "focus country")
        }
        // Without the county, nothing in the text speaks for a namesake: Paris is France's capital, by rank only.
        let alone = try readings(
            of: "Paris",
            in: "The Paris mayor cut the ribbon on Friday, and Paris firefighters parked their trucks on it.")
        #expect(alone.count >= 2)
        for mention in alone {
            #expect(mention.resolved?.countryCode == "FR")
            #expect(mention.evidence == "gazetteer rank")
        }
    }

    @Test("'Kursk Oblast' reads as Kursk with a region word, widening the subject's tolerance")
    func divisionNamedLikeCity() throws {
        let extractor = ArticleExtractor(gazetteer: try #require(testGazetteer))
        let claims = try extractor.extract(
            ArticleInput(
                id: "t", text: "Drones hit Kursk Oblast, 90 km from the Ukrainian border.",
                source: "t")
        ).claims
        let distance = try #require(
            claims.compactMap { claim -> DistanceClaim? in
                if case .distance(let d) = claim.payload { return d }
                return nil
            }.first)
        #expect(distance.subject?.resolved?.name == "Kursk")
        #expect(distance.subjectIsRegion)
    }

    @Test("a larger place bearing a name keeps it against a smaller one near the article's places that bore it once")
    func formerNamesDoNotWinByProximity() throws {
        // Korolev (near Moscow) was called Kaliningrad until 1996; the exclave's city bears the name and is larger.
        let city = try #require(
            try resolved("From Moscow the train to Kaliningrad crosses Lithuania, a journey of a day.", "Kaliningrad"))
        #expect(city.id == "geonames:554234", "\(city)")
        // Bakhmut, Artemovsk in Soviet and Russian usage, is larger than the towns that still bear that name, and
        // lies beside Chasiv Yar: it keeps the reading.
        let bakhmut = try #require(
            try resolved("Chasiv Yar lies west of Artemovsk, the city Kyiv calls Bakhmut.", "Artemovsk"))
        #expect(bakhmut.name == "Bakhmut", "\(bakhmut)")
        // A country bears its name too: Mexico City, within 100 km of Toluca and Cuernavaca, does not take "Mexico".
        let mexico = try #require(
            try resolved(
                "Doctors in Toluca and Cuernavaca said the outbreak in Mexico began in a small village.", "Mexico"))
        #expect(mexico.id == "country:MX", "\(mexico)")
    }

    @Test("small places keep their spelling variants; two small towns close together support each other")
    func spellingVariantsAndNeighbours() throws {
        let chasov = try resolved("Shelling went on near Chasov Yar, officials in Ukraine said.", "Chasov Yar")
        #expect(chasov?.name == "Chasiv Yar")
        // No country is named: Metula (1,615 people) and Qiryat Shmona (22,512), 7.5 km apart, hold each other up.
        let found = try mentions("Residents of Metula heard the sirens again. In Kiryat Shmona, shops stayed shut.")
        #expect(Set(found.compactMap { $0.resolved?.name }) == ["Metula", "Qiryat Shmona"])
    }

    @Test("a village or ward with its type word: never the word alone, at the next unit of its chain when unknown")
    func typedAdministrativeNames() throws {
        // "Wanasarilor" is invented: the village stands at Kalidawir, the next unit of its chain (GeoNames 1641939).
        let found = try mentions(
            "Banjir merendam Desa Wanasarilor, Kecamatan Kalidawir, Kabupaten Tulungagung, sejak Senin.")
        let village = try #require(found.first { $0.text == "Desa Wanasarilor" })
        #expect(village.evidence == "administrative chain")
        #expect(abs((village.resolved?.coordinate.latitude ?? 0) - -8.1808) < 1e-4)
        #expect(found.contains { $0.text == "Kecamatan Kalidawir" && $0.resolved?.name == "Kalidawir" })
        #expect(found.contains { $0.text == "Kabupaten Tulungagung" && $0.resolved?.kind == .district })
        // Unknown and with no chain: unread, and "Desa" (also a town's name) is not read alone.
        let lone = try mentions("Warga Desa Wanasarilor mengungsi ke balai desa.")
        #expect(lone.isEmpty, "read: \(lone.map(\.text))")
    }

    @Test("a city's wards are read by their bare names; a compass-named regency also in English")
    func wardsAndEnglishRegencies() throws {
        let found = try mentions(
            "Banjir setinggi lutut merendam Gandaria Utara dan Cikini sejak Senin pagi, kata petugas di Jakarta.")
        for ward in ["Gandaria Utara", "Cikini"] {
            let mention = try #require(found.first { $0.text == ward }, "\(ward) unread: \(found.map(\.text))")
            #expect(mention.resolved?.kind == .subdistrict && mention.resolved?.countryCode == "ID")
        }
        let english = try mentions(
            "Floodwater reached homes in South Jakarta on Monday and in Sunter Agung on Tuesday.")
        let south = try #require(english.first { $0.text == "South Jakarta" }, "read: \(english.map(\.text))")
        #expect(south.resolved?.kind == .district && south.resolved?.name == "Kota Administrasi Jakarta Selatan")
        #expect(english.contains { $0.text == "Sunter Agung" && $0.resolved?.kind == .subdistrict })
    }

    @Test("two ambiguous names whose candidates lie together lift each other (Walker County and Huntsville, Texas)")
    func coLocatedAmbiguousNames() throws {
        // Three Walker Counties (Alabama, Georgia, Texas) and Huntsvilles in Alabama, Texas and Ontario; only the Texas
        // pair lies together (the county stands at its largest town, Huntsville, GeoNames 4699540: 30.72353 N, 95.55078
        // W).
        let found = try mentions(
            "Officials in Walker County said the Huntsville fire department would reopen the shelter on Friday.")
        let county = try #require(found.first { $0.text == "Walker County" })
        let town = try #require(found.first { $0.text == "Huntsville" })
        #expect(abs((county.resolved?.coordinate.longitude ?? 0) - -95.55078) < 1e-4)
        #expect(abs((town.resolved?.coordinate.longitude ?? 0) - -95.55078) < 1e-4)
        #expect(town.evidence == "near other places")
    }

    @Test("one reading a name: the best-supported mention decides for the others (Palestine, Texas, said twice)")
    func oneReadingPerName() throws {
        // The apposition places the first "Palestine" in Texas (GeoNames 4717232: 31.76212 N, 95.63079 W); the
        // second, alone, would be the State of Palestine by rank, and since a name's own mentions are no anchors for
        // it, only the first mention's reading can carry it.
        let found = try readings(
            of: "Palestine",
            in: "A freight train left the rails outside Palestine, Texas, on Tuesday. Crews sent from Palestine "
                + "reopened the line by night.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { abs(($0.resolved?.coordinate.longitude ?? 0) - -95.63079) < 1e-4 })
        #expect(found.last?.evidence == "same name in the article")
    }

    @Test("co-location looks at every namesake a name keeps, not only the first few (Henry County by Paris, Tennessee)")
    func coLocationAmongManyNamesakes() throws {
        // GeoNames has more than ten Henry Counties, all ranked alike, and a dozen towns called Paris; the Tennessee
        // pair, sixth of each list, stands at one point (the county at its seat, GeoNames 4647963: 36.302 N,
        // 88.32671 W). Only the first four of each name had been compared.
        let county = try #require(
            try mentions("Henry County deputies escorted the parade through Paris on Saturday.").first {
                $0.text == "Henry County"
            })
        #expect(abs((county.resolved?.coordinate.longitude ?? 0) - -88.32671) < 1e-4)
        #expect(county.evidence == "near other places")
        #expect(county.candidates.count > 8)
    }

    @Test(
        "a county and its seat named together lift each other as an anchor would: Paris is the county's, not France's")
    func countyAndSeat() throws {
        // Half the proximity bonus left Paris, France (score 0.892) ahead of Paris, Tennessee (0.812 + 0.05); a
        // county standing at a town of another name (within 2 km: its seat) gives the town the whole bonus.
        let found = try mentions(
            "The fair drew crowds from all over Henry County, and the mayor of Paris cut the ribbon on Saturday.")
        let paris = try #require(found.first { $0.text == "Paris" })
        #expect(paris.resolved?.countryCode == "US" && paris.evidence == "near other places")
        #expect(abs((paris.resolved?.coordinate.longitude ?? 0) - -88.32671) < 1e-4)
        // Without a county beside it, Paris stays the capital of France.
        #expect(try resolved("Ministers met in Paris and then in Brussels this week.", "Paris")?.countryCode == "FR")
    }

    @Test(
        "a person's given name and surname are no towns or divisions, there or later; a place's syntax still reads it")
    func peopleAreNotPlaces() throws {
        let text =
            "Mayor Linda Carter of Tulsa, Oklahoma, met Ruth Moore on Friday. Moore said the bridge would reopen."
        let names = try mentions(text).map(\.text)
        #expect(names.contains("Tulsa") && names.contains("Oklahoma"))
        #expect(
            !names.contains("Carter") && !names.contains("Moore") && !names.contains("Linda") && !names.contains("Ruth")
        )
        // The same surname with a state after a comma is the town ("Taylor, Texas").
        let town = try mentions("Ruth Taylor drove to Taylor, Texas, after the storm.")
        #expect(
            town.contains { $0.text == "Taylor" && $0.resolved?.countryCode == "US" && $0.evidence == "apposition" })
        // "to" and "from" come before people as often as before places; a possessive is no given name; a
        // settlement word no surname.
        #expect(try mentions("A settler in Illinois wrote to Abraham Lincoln in 1848.").map(\.text) == ["Illinois"])
        let forest = try mentions("Congress added 50,000 acres to Virginia's Jefferson National Forest.")
        #expect(forest.contains { $0.resolved?.name == "Virginia" && $0.resolved?.kind == .province })
        #expect(
            try mentions("Drivers must travel to Lowell Town Court to contest a ticket.").contains {
                $0.text == "Lowell"
            })
        // A surname said alone after "in", "at" or "near" is the place, the person's name elsewhere is not.
        let houston = try readings(
            of: "Houston", in: "Sam Houston led the Texan army in 1836, and a rodeo in Houston now honours him.")
        #expect(houston.count == 1 && houston.first?.resolved?.countryCode == "US")
        #expect(try mentions("Sam Houston led the Texan army in 1836, and Houston said little.").isEmpty)
        // A surname that is also a first-order division's name (Flores, Uruguay) is the person too; in apposition
        // after a town it is the division.
        let person = try mentions(
            "Maria Flores, 31, opened a bakery downtown. Flores said sales doubled in a year.")
        #expect(!person.contains { $0.text == "Flores" }, "\(person.map(\.text))")
        let division = try mentions("Cattle prices rose in Trinidad, Flores, and in Durazno, Uruguay.")
        #expect(division.contains { $0.text == "Flores" && $0.resolved?.kind == .province })
        // "of" before a given name does not make it a place ("the mayor of Lowell" reads Lowell through its own
        // evidence): a person follows "of" as often ("the office of Carol Bush"; Bush is a city in Egypt).
        let administration = try mentions("Reporters waited outside the office of Carol Bush for an hour.")
        #expect(!administration.contains { $0.text == "Carol" || $0.text == "Bush" }, "\(administration.map(\.text))")
        // A pair inside one place name is no person ("Santa Clara": Santa is also a given name).
        #expect(
            try mentions("Flooding closed roads in Santa Clara County overnight.").contains {
                $0.text.hasPrefix("Santa Clara")
            })
    }

    @Test(
        "a capitalised common word is a small town only with a place's syntax: 'in', apposition, a figure, a type word")
    func commonWordsAreNotPlaces() throws {
        let words = try mentions(
            "The Center for Disease Control met at the University hall. Hingga kini Mobil itu hilang.")
        #expect(words.isEmpty, "\(words.map(\.text))")
        let town = try mentions("The storm reached Center, Texas, and later a farm 12 miles east of Center.")
        #expect(town.filter { $0.text == "Center" }.count == 2)
        #expect(try mentions("Police in Oxford arrested two men.").contains { $0.text == "Oxford" })
        // Right before a number, a common word is a label ("Section 12B", "Spring 2003"); before a distance, a place.
        let labels = try mentions("Fans cheered when the team took the Section 12B crown in Spring 2003.")
        #expect(labels.isEmpty, "\(labels.map(\.text))")
        #expect(try mentions("The farm lies in Center 12 miles east of the lake.").contains { $0.text == "Center" })
    }

    @Test("a common word that ends another name is no town: 'the African Union', 'Taco Bell'; 'East Oxford' is one")
    func commonWordsEndingOtherNames() throws {
        let bodies = try mentions(
            "Ministers from Kenya met envoys of the African Union in Nairobi, and diners in Texas fell ill after a "
                + "meal at Taco Bell last week.")
        #expect(Set(bodies.map(\.text)) == ["Kenya", "Nairobi", "Texas"], "\(bodies.map(\.text))")
        // A compass word before the name qualifies it; a capital that opens the sentence tells nothing.
        #expect(try mentions("Police in East Oxford arrested two men.").contains { $0.text.hasSuffix("Oxford") })
        #expect(try mentions("In Reading, police closed a road near the station.").map(\.text) == ["Reading"])
        // A compass word before a capitalised word qualifies that name; it is not the town of North, South Carolina.
        let qualified = try mentions("Rain fell across North Texas on Sunday.")
        #expect(qualified.map(\.text) == ["Texas"])
        #expect(try mentions("The town of North, South Carolina, held a parade.").contains { $0.text == "North" })
    }

    @Test("a speaker is no town: 'Douglas said', 'says Bruno,', 'Slater, 42,'; 'officials in Slater said' is one")
    func speakersAreNotPlaces() throws {
        // Douglas is the Isle of Man's capital (26,000 people); Bruno and Slater are small towns.
        let chief = try mentions(
            "The fight broke out after midnight in Ocala. Douglas said his officers arrived within minutes.")
        #expect(chief.map(\.text) == ["Ocala"])
        #expect(try mentions("\"We stay open,\" says Bruno, who runs a salon in Denver.").map(\.text) == ["Denver"])
        #expect(try mentions("Slater, 42, won the race in Columbus.").map(\.text) == ["Columbus"])
        #expect(try mentions("Officials in Slater said the water was safe.").map(\.text) == ["Slater"])
        let capital = try mentions("Douglas, the capital of the Isle of Man, said farewell to its trams.")
        #expect(capital.contains { $0.text == "Douglas" && $0.resolved?.kind == .capital })
    }

    @Test("names joined by '&' are a firm's, unless the other is a well-known place: 'Minneapolis & St. Paul'")
    func ampersandNames() throws {
        // Clifton, Barlow and Lowell are towns and cities of England and the United States; the firms are invented.
        #expect(
            try mentions("The architects Clifton & Barlow won the school contract in Leeds.").map(\.text) == ["Leeds"])
        #expect(try mentions("Lawyers at Sterling & Lowell filed the suit in Denver.").map(\.text) == ["Denver"])
        let cities = try mentions("Trains between Minneapolis & St. Paul stopped after the storm.")
        #expect(cities.map(\.text) == ["Minneapolis", "St. Paul"])
    }

    @Test("a common word whose capital says nothing is no place: at a sentence's start, in a title-case headline")
    func uninformativeCapitals() throws {
        // "Most" is a Czech town of 60,000: not when it opens a sentence, yes when the syntax says place.
        #expect(try mentions("Most of the crews worked through the night near Najin.").map(\.text) == ["Najin"])
        #expect(
            try resolved("Residents of Most, a town in the Czech Republic, stayed home.", "Most")?.countryCode == "CZ")
        // "Orang" (a person) is also a North Korean town's name; a headline capitalises every word.
        let headline = try mentions("=== 12 Orang Tewas Akibat Longsor di Sumbar\nHujan deras memicu longsor.")
        #expect(headline.map(\.text) == ["Sumbar"])
        // "Kita" (we) is an alternate name of Quito; a preposition of place still makes a capitalised word a place.
        #expect(try mentions("Kita sudah mengirim bantuan ke Padang.").map(\.text) == ["Padang"])
        #expect(try resolved("Thousands of pilgrims travelled to Mecca this week.", "Mecca")?.countryCode == "SA")
        #expect(try resolved("Banjir di Medan, Lalu Lintas Macet", "Medan")?.countryCode == "ID")
    }

    @Test("a preposition of place makes a small town's name a place, also before an affixed word in a headline")
    func townsAfterPrepositions() throws {
        // Ruteng (about 40,000 people) has no population, apposition or focus country to stand on here.
        #expect(try resolved("Volunteers drove the supplies to Ruteng on Sunday.", "Ruteng")?.countryCode == "ID")
        #expect(try mentions("Ratusan rumah di Ruteng terbakar.").map(\.text) == ["Ruteng"])
        // "Terbakar" (ter- + "bakar") is an ordinary word, no surname after a town's name.
        #expect(try mentions("Ratusan Rumah di Ruteng Terbakar Habis").map(\.text) == ["Ruteng"])
    }

    @Test(
        "a name inside a street's or an organisation's name is not the place; a numbered county road keeps its county")
    func streetsAndOrganisations() throws {
        #expect(
            try mentions("Workers resurfaced Cowley Road in Oxford, England.").map(\.text) == ["Oxford", "England"])
        #expect(try resolved("Crews closed Douglas County Road 4 on Tuesday.", "Douglas County")?.countryCode == "US")
        #expect(try mentions("Rumah di Jalan Salemba terendam banjir.").isEmpty)
        #expect(try mentions("Kapal itu milik Grup Wagner dan berlabuh di Tartus.").map(\.text) == ["Tartus"])
        #expect(try mentions("Parents at Lincoln Elementary in Omaha voted on Monday.").map(\.text) == ["Omaha"])
    }

    @Test("a legislator's home after a party initial is read, over several words; a brand with a letter is not")
    func partyInitials() throws {
        let vote = try mentions("Rep. Ann Price, D-Ithaca, and Sen. Paul Weir (R-Cedar Rapids) voted against the bill.")
        #expect(vote.map(\.text) == ["Ithaca", "Cedar Rapids"])
        #expect(vote.allSatisfy { $0.resolved?.countryCode == "US" })
        #expect(try mentions("The T-Mobile store stayed open.").isEmpty)
    }

    @Test("a title before a name across a lower-case word is no person's title: 'a spokesman for Oxford'")
    func titlesAcrossLowerCaseWords() throws {
        #expect(try mentions("A spokesman for Toowoomba Police said the road was closed.").map(\.text) == ["Toowoomba"])
        #expect(try mentions("A spokesman, Lincoln Ashcombe, said the road was closed.").isEmpty)
    }

    @Test("abbreviated names are read as written and written out; a saint's day or school is no place")
    func abbreviatedNames() throws {
        #expect(
            try resolved("The clinic in St. Louis treated 40 patients last week.", "St. Louis")?.countryCode == "US")
        let cruise = try mentions("The ship sailed from Ft. Lauderdale to Nassau on Friday.")
        #expect(cruise.map(\.text) == ["Ft. Lauderdale", "Nassau"])
        #expect(cruise.first?.resolved?.name == "Fort Lauderdale")
        let vernon = try resolved("Families in Mt. Vernon, Iowa, were told to boil water.", "Mt. Vernon")
        #expect(vernon?.name == "Mount Vernon" && vernon?.countryCode == "US")
        #expect(try mentions("Crowds gathered for the St. Patrick's Day parade in Boston.").map(\.text) == ["Boston"])
        // A city of 50,000 or more keeps its possessive.
        let oslo = try mentions("Visitors flew from Oslo to St. Petersburg's main airport.")
        #expect(oslo.map(\.text) == ["Oslo", "St. Petersburg's"])
    }

    @Test("a name with a disease word right after it (English) or right before it (Indonesian) names the disease")
    func diseaseNames() throws {
        let english = "Health officials confirmed a case of Marburg virus in a traveller who had returned to Kampala."
        #expect(try mentions(english).map(\.text) == ["Kampala"])
        #expect(try mentions("Doctors in Lagos treated three patients with Lassa fever.").map(\.text) == ["Lagos"])
        let indonesian = "Kasus pertama virus Corona ditemukan di Depok, Jawa Barat."
        #expect(try mentions(indonesian).map(\.text) == ["Depok", "Jawa Barat"])
        // The place itself, named apart from the disease, is still read.
        #expect(try resolved("The outbreak began in Marburg, Germany, in 1967.", "Marburg")?.countryCode == "DE")
    }

    @Test("people: a town's name before an unknown capitalised word, or after a title across an apposition")
    func peopleNamedLikeTowns() throws {
        let spokesperson = try mentions("The spokesperson, Lincoln Ashcombe, said the trucks left Kharkiv at dawn.")
        #expect(spokesperson.map(\.text) == ["Kharkiv"])
        #expect(try resolved("The convoy reached Lincoln on Friday.", "Lincoln")?.countryCode == "US")
        let leaders = try mentions("Presiden Rusia, Vladimir Putin, bertemu dengan pemimpin Korea Utara.")
        #expect(leaders.map(\.text) == ["Rusia", "Korea Utara"])
    }

    @Test("a big city's GeoNames alternate name needs more than the city's size; curated short forms do not")
    func alternateNames() throws {
        // "Hamas" is among Hamm's alternate names in GeoNames; no German place is named here.
        #expect(try mentions("Hamas leaders met mediators in Doha on Sunday.").map(\.text) == ["Doha"])
        #expect(try resolved("The farmers market in South L.A. reopened on Friday.", "L.A")?.name == "Los Angeles")
        // A preposition of place is support enough.
        #expect(try resolved("He flew to Bombay last week.", "Bombay")?.name == "Mumbai")
    }

    @Test("a small town's name after an unknown capitalised word is a surname; after a place's institution, a place")
    func townsAfterCapitalisedWords() throws {
        // Martinez, California (about 37,000 people), is in the article's focus country, but here a surname.
        let vote = try mentions("Voters in California backed Elowen Martinez for the school board.")
        #expect(vote.map(\.text) == ["California"])
        // "Kapolres" (a district police chief) and "Mapolres" (its headquarters) name the place they serve.
        #expect(try mentions("Kapolres Ruteng AKBP Budi mengatakan jalan ditutup.").map(\.text) == ["Ruteng"])
        #expect(try mentions("Rombongan tiba di Mapolres Ruteng kemarin.").map(\.text) == ["Ruteng"])
    }

    @Test("a title before a province names the office's province; 'Distrik' is any country's district")
    func titlesBeforeProvincesAndDistricts() throws {
        let deputy = try mentions("Wakil Gubernur Jateng Budi Santoso meninjau lokasi banjir.")
        #expect(deputy.map(\.text) == ["Jateng"] && deputy.first?.resolved?.kind == .province)
        let district = try resolved("Banjir melanda Distrik Amreli di negara bagian Gujarat, India.", "Distrik Amreli")
        #expect(district?.countryCode == "IN")
    }
}
