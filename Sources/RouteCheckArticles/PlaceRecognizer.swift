import Foundation
import RouteCheckGazetteer
import RouteCheckGeo

/// Finds place names in article text and resolves them against the gazetteer.
///
/// Recognition: word n-grams of up to five tokens are looked up (longest first) in the gazetteer's
/// name index. A match is kept when it starts with a capital letter (or is a multi-word curated
/// sea/region name such as "timur jauh Rusia"), does not overlap a stop phrase (people, organisations,
/// "Dewan Keamanan PBB"), is not a lone stop word, and does not follow a title ("Presiden X").
/// Countries, curated features and capitals are always kept; other towns need a population of
/// 50,000, a country in apposition ("Najin, Korea Utara"), or a country the article mentions.
/// Abbreviations of three letters or fewer ("AS", "US") must be written in capitals.
///
/// Resolution: candidates are re-ranked by the country in apposition, then the article's focus
/// countries (the countries it names, by frequency), then the gazetteer's own score.
///
/// Thread safety: `Sendable`; the look-up cache is shared under a lock.
public final class PlaceRecognizer: Sendable {
    public let gazetteer: Gazetteer
    /// Look-ups by normalised key (also "capital:XX"), shared by the threads of a batch.
    private let cache = ConcurrentCache<String, [GazetteerCandidate]>(limit: PlaceRecognizer.cacheLimit)
    static let maximumWords = 5
    static let stopPhraseKeys: [[String]] = ReadingLexicon.combined.notPlacePhrases.map {
        $0.split(separator: " ").map(String.init)
    }
    /// The stop phrases by their first word, so each token is compared only with the phrases it can start.
    static let stopPhrasesByFirstKey: [String: [[String]]] = Dictionary(
        grouping: stopPhraseKeys.filter { !$0.isEmpty },
        by: { $0[0] })
    /// Look-ups kept in the cache (memory stays bounded over a batch of any size; a look-up is a few hundred bytes).
    static let cacheLimit = 200_000

    /// Given names and surnames, so that people are not read as the towns that share their names.
    public let personNames: PersonNames

    /// Ordinary words, so that a capitalised word is not read as the small town that shares it.
    public let commonWords: CommonWords

    /// A recognizer on `gazetteer`, with the person names and common words kept beside its file
    /// (``PersonNames/beside(databasePath:)``, ``CommonWords/beside(databasePath:)``) unless they are given.
    public init(gazetteer: Gazetteer, personNames: PersonNames? = nil, commonWords: CommonWords? = nil) {
        self.gazetteer = gazetteer
        self.personNames = personNames ?? PersonNames.beside(databasePath: gazetteer.path)
        self.commonWords = commonWords ?? CommonWords.beside(databasePath: gazetteer.path)
    }

    /// Whether a name of more words can start with `key` (``Gazetteer/hasLongerName(startingWith:)``), cached.
    private let continuations = ConcurrentCache<String, Bool>(limit: PlaceRecognizer.cacheLimit)

    /// Whether some gazetteer name continues `key` (or its ``expandedKey(_:)``) with more words, cached.
    func hasLongerName(startingWith key: String) throws -> Bool {
        try continuations.value(for: key) { key in
            try gazetteer.hasLongerName(startingWith: key)
                || Self.expandedKey(key).map { try gazetteer.hasLongerName(startingWith: $0) } == true
        }
    }

    /// Gazetteer candidates for a normalised key and its ``expandedKey(_:)`` ("st louis", "saint louis"), at most
    /// ``candidateLimit``, best first, cached.
    func lookup(_ key: String) throws -> [GazetteerCandidate] {
        try cache.value(for: key) { key in
            let direct = try gazetteer.exactCandidates(forKey: key, limit: Self.candidateLimit)
            guard let expanded = Self.expandedKey(key) else { return direct }
            var seen = Set(direct.map(\.id))
            // A name that matched only written out ranks a little below one that matched as written ("St. Louis"
            // is the city filed with that spelling before a district called Saint Louis).
            let more = try gazetteer.exactCandidates(forKey: expanded, limit: Self.candidateLimit)
                .filter { seen.insert($0.id).inserted }
                .map {
                    GazetteerCandidate(
                        id: $0.id, name: $0.name, matchedName: $0.matchedName, kind: $0.kind,
                        countryCode: $0.countryCode, coordinate: $0.coordinate, population: $0.population,
                        score: $0.score - Self.expansionPenalty, editDistance: $0.editDistance)
                }
            return Array((direct + more).sorted { ($0.score, $1.id) > ($1.score, $0.id) }.prefix(Self.candidateLimit))
        }
    }

    /// Whether a key is the abbreviation of "saint" ("st", "ste"; ``ReadingLexicon/nameAbbreviations``).
    static func isSaintAbbreviation(_ key: String) -> Bool {
        ReadingLexicon.combined.nameAbbreviations[key].map { $0.hasPrefix("saint") } ?? false
    }

    /// Kinds kept without further support (a town or division needs some: see `mentions`).
    static let alwaysKeptKinds: Set<PlaceKind> = [
        .country, .capital, .port, .airport, .facility, .island, .district, .sea, .strait, .region,
    ]

    /// How much a candidate found only through ``expandedKey(_:)`` loses (score, 0–1).
    static let expansionPenalty = 0.05

    /// `key` with its first word written out when that is a name's abbreviation ("mt pleasant" → "mount
    /// pleasant"; ``ReadingLexicon/nameAbbreviations``), or nil.
    static func expandedKey(_ key: String) -> String? {
        guard let space = key.firstIndex(of: " "),
            let full = ReadingLexicon.combined.nameAbbreviations[String(key[..<space])]
        else { return nil }
        return full + key[space...]
    }

    /// How many candidates a name keeps: enough for the namesakes of a common US place name (ten Henry Counties,
    /// a dozen towns called Paris), so that the one the article's other places point at is among them.
    static let candidateLimit = 16

    /// How many namesakes a typed village or sub-district name keeps (``lookupAll(_:)``).
    static let namesakeLimit = 256

    /// Every entry of a typed name ("desa sukamaju"), up to ``namesakeLimit``, best first, cached.
    func lookupAll(_ key: String) throws -> [GazetteerCandidate] {
        try cache.value(for: "all:" + key) { _ in
            try gazetteer.exactCandidates(forKey: key, limit: Self.namesakeLimit)
        }
    }

    /// A country's capital, cached (nil when the data has none).
    func capital(of code: String, in gazetteer: Gazetteer) -> GazetteerCandidate? {
        let key = "capital:" + code
        return cache.value(for: key) { _ in ((try? gazetteer.capital(of: code)).flatMap { $0 }).map { [$0] } ?? [] }
            .first
    }

    /// The city a city-state's name stands for (`Gazetteer.cityStateCapital(of:)`), cached like the capitals.
    func cityStateCapital(of code: String, in gazetteer: Gazetteer) -> GazetteerCandidate? {
        cache.value(for: "city-state:" + code) { _ in
            ((try? gazetteer.cityStateCapital(of: code)).flatMap { $0 }).map { [$0] } ?? []
        }
        .first
    }

    /// The look-up key of a token: normalised, with an English possessive dropped ("Ukraine's" → "ukraine").
    static func key(_ token: Token) -> String {
        var text = token.text
        for suffix in ["'s", "\u{2019}s"] where text.count > suffix.count + 1 && text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count))
        }
        return NameNormalizer.normalize(text)
    }

    /// Prepositions of place: a capitalised word after one, in mid-sentence, is written as a place ("pilgrims to
    /// Mecca", "died in Mecca", "dari Nadi").
    static let placePrepositions: Set<String> = ["in", "to", "from", "near", "di", "ke", "dari", "dekat"]
    /// The id prefix of GeoNames places (their alternate names include other languages' words).
    static let geonamesPrefix = "geonames:"

    /// True when a lower-case preposition of place stands right before the word at `first` ("in Oxford", "di
    /// Lebak", "to Mecca"): the word is written as a place, also in a title-case headline ("Banjir di Medan").
    static func followsPlacePreposition(_ tokens: [Token], _ keys: [String], before first: Int) -> Bool {
        first > 0 && !tokens[first - 1].isCapitalized && placePrepositions.contains(keys[first - 1])
    }

    /// How far (km) a place may lie from the point of a division named after it ("Pandi, Bulacan") to count as in it.
    static let appositionAreaRadius = 600.0
    /// Kinds whose mention makes its country a focus of the article.
    static let focusKinds: Set<PlaceKind> = [.country, .capital, .port, .sea, .strait, .region, .province]

    /// The score lead that makes a name's first candidate an anchor for the others' proximity.
    static let anchorMargin = 0.1
    /// Added to a candidate within 100 km of an anchor (half of it within 300 km).
    static let proximityBonus = 0.1

    /// Great-circle distance in kilometres on a sphere of radius 6,371 km: a ranking feature, not a measurement.
    /// Two different towns of one country named in one article within this distance (km) support each other: a
    /// local story names places close together ("Metula … Kiryat Shmona, eight kilometres south").
    static let neighbourRadius = 30.0

    /// Indexes of the names whose first candidate is a town with another name's first candidate (another entry of
    /// the same country) within ``neighbourRadius``. Linear (``CandidateGrid``).
    static func namesWithNeighbours(_ bests: [GazetteerCandidate?]) -> Set<Int> {
        var grid = CandidateGrid<Int>()
        for (index, best) in bests.enumerated() {
            guard let best,
                [.town, .city, .capital, .port, .airport, .facility, .district, .subdistrict].contains(best.kind)
            else { continue }
            grid.insert(best, tag: index)
        }
        var result: Set<Int> = []
        for (index, best) in bests.enumerated() {
            guard let best, best.kind == .town else { continue }
            if grid.contains(
                near: best.coordinate, within: neighbourRadius,
                where: { other, neighbour in
                    other != index && neighbour.id != best.id && neighbour.countryCode == best.countryCode
                })
            {
                result.insert(index)
            }
        }
        return result
    }

    /// A village, ward or sub-district named with its type word ("Desa Cendoro", "Kelurahan Kebon Baru",
    /// "Kecamatan Grabag"): the name after the word is the place — never the word alone (Desa is also a town) nor a
    /// word inside the name (Pela, Duri). The words name Indonesian units, so it resolves to the gazetteer's
    /// Indonesian towns of that name; when the gazetteer has none, to the next unit of its administrative chain
    /// written after a comma ("Desa X, Kecamatan Y, Kabupaten Z"), whose point stands for it; else it is left
    /// unread (no candidates: the names inside it are dropped, not read as other places).
    func typedAdministrativeNames(
        _ raws: [(first: Int, last: Int, candidates: [GazetteerCandidate])], tokens: [Token],
        keys: [String], blocked: [Bool]
    ) throws -> [(first: Int, last: Int, candidates: [GazetteerCandidate])] {
        var found: [(first: Int, last: Int, candidates: [GazetteerCandidate])] = []
        var index = 0
        while index + 1 < tokens.count {
            guard ClaimLexicon.administrativeTypeWords.contains(keys[index]), tokens[index].isCapitalized else {
                index += 1
                continue
            }
            var cursor = index + 1
            if cursor < tokens.count, tokens[cursor].text == "." { cursor += 1 }
            var last = cursor - 1
            while last + 1 < tokens.count, last + 1 - cursor < Self.maximumWords - 1, tokens[last + 1].kind == .word,
                tokens[last + 1].isCapitalized, !blocked[last + 1],
                !ClaimLexicon.administrativeTypeWords.contains(keys[last + 1])
            {
                last += 1
            }
            guard last >= cursor else {
                index += 1
                continue
            }
            // The longest run of the capitalised words that names a town ("Kampung Melayu" of "Kampung Melayu Jakarta
            // Timur"); the words after it are read as usual.
            let indonesianOnly = ClaimLexicon.indonesianUnitWords.contains(keys[index])
            let fits: (GazetteerCandidate) -> Bool = {
                [.town, .city, .district, .subdistrict].contains($0.kind)
                    && (!indonesianOnly || $0.countryCode == ClaimLexicon.administrativeTypeCountry)
            }
            var candidates: [GazetteerCandidate] = []
            for end in stride(from: last, through: cursor, by: -1) {
                let words = (cursor...end).map { keys[$0] }.joined(separator: " ")
                // The typed name first ("kecamatan grabag", "desa cendoro": sub-districts and villages are indexed
                // so), all its namesakes, then the bare name.
                candidates = try lookupAll(keys[index] + " " + words).filter(fits)
                if candidates.isEmpty { candidates = try lookup(words).filter(fits) }
                if !candidates.isEmpty {
                    last = end
                    break
                }
            }
            let name = (cursor...last).map { keys[$0] }.joined(separator: " ")
            // Namesakes ("Desa Sukamaju" is in hundreds of sub-districts): the one nearest the next unit of the
            // chain ("Desa X, Kecamatan Y"), when one is written.
            if candidates.count > 1, let unit = chainUnit(after: last, raws: raws, tokens: tokens) {
                candidates.sort {
                    (Self.approximateKilometres($0.coordinate, unit.coordinate), $0.id)
                        < (Self.approximateKilometres($1.coordinate, unit.coordinate), $1.id)
                }
            }
            if candidates.isEmpty, let unit = chainUnit(after: last, raws: raws, tokens: tokens) {
                let text = tokens[index...last].map(\.text).joined(separator: " ")
                candidates = [
                    GazetteerCandidate(
                        id: "\(Self.chainPrefix)\(keys[index]):\(name):\(unit.id)", name: text, matchedName: text,
                        kind: .town,
                        countryCode: unit.countryCode, coordinate: unit.coordinate, population: nil,
                        score: min(unit.score, 0.6), editDistance: 0)
                ]
            }
            // Unread: only the type word and the name's first word are kept from being read as other places.
            found.append((index, candidates.isEmpty ? cursor : last, candidates))
            index = last + 1
        }
        return found
    }

    /// How many tokens after the comma the next unit of an administrative chain is looked for ("Desa X, Kecamatan
    /// Y, Kabupaten Z": Y may be unknown, Z is eight tokens on).
    static let chainWindow = 10
    /// The id prefix of a place that stands at its administrative chain's next unit.
    static let chainPrefix = "chain:"

    /// The next named unit of an administrative chain: the first name within ``chainWindow`` tokens after a comma
    /// that follows `last`, in the same sentence, if it is a town, district or province.
    func chainUnit(
        after last: Int, raws: [(first: Int, last: Int, candidates: [GazetteerCandidate])],
        tokens: [Token]
    ) -> GazetteerCandidate? {
        guard last + 1 < tokens.count, tokens[last + 1].text == "," else { return nil }
        let window = (last + 2)..<min(tokens.count, last + 2 + Self.chainWindow)
        let end = window.first { [".", "!", "?", "\n", ";"].contains(tokens[$0].text) } ?? window.upperBound
        for raw in raws where raw.first >= window.lowerBound && raw.last < end {
            if let best = raw.candidates.first,
                [.town, .city, .district, .subdistrict, .province, .capital].contains(best.kind)
            {
                return best
            }
        }
        return nil
    }

    /// Gives every mention of a name the first choice of its best-scored mention, where that candidate is among the
    /// mention's own (evidence "same name in the article" unless it had its own). Linear in the mentions and their
    /// candidates.
    static func unifyReadings(_ rankings: inout [[(GazetteerCandidate, Double, String)]], names: [String]) {
        var strongest: [String: (id: String, score: Double)] = [:]
        for (index, ranked) in rankings.enumerated() {
            guard let best = ranked.first else { continue }
            if let known = strongest[names[index]], known.score >= best.1 { continue }
            strongest[names[index]] = (best.0.id, best.1)
        }
        for index in rankings.indices {
            guard let chosen = strongest[names[index]], let first = rankings[index].first, first.0.id != chosen.id,
                let position = rankings[index].firstIndex(where: { $0.0.id == chosen.id })
            else { continue }
            var (candidate, score, evidence) = rankings[index].remove(at: position)
            if evidence == "gazetteer rank" { evidence = "same name in the article" }
            score = max(score, first.1)
            rankings[index].insert((candidate, score, evidence), at: 0)
        }
    }

    /// How close (km) candidates of two different ambiguous names must lie to lift each other.
    static let coLocationRadius = 30.0
    /// How many of an ambiguous name's first candidates take part in ``coLocatedCandidates(_:names:)``: all of them
    /// (a county and its seat stand at one point however far down the list of namesakes both are: Paris and Henry
    /// County, Tennessee, sixth of their names).
    static let coLocationCandidates = candidateLimit

    /// How close (km) a town candidate and a second-order division candidate of another name must stand to be the
    /// division and its seat (a division stands at its largest town: Henry County, Tennessee, at Paris).
    static let seatRadius = 2.0

    /// For each ambiguous name (more than one candidate), its candidates with a candidate of another ambiguous name
    /// (another written name) within ``coLocationRadius``, each marked true when the two are a second-order
    /// division and its seat (within ``seatRadius``: "Paris and Henry County", both sixth of their namesakes).
    /// Countries and towns of unknown population take no part. Linear in the candidates (``CandidateGrid``).
    static func coLocatedCandidates(_ candidates: [[GazetteerCandidate]], names: [String]) -> [Int: [String: Bool]] {
        var grid = CandidateGrid<Int>()
        for (index, list) in candidates.enumerated() where list.count > 1 {
            // Hamlets of unknown population (GeoNames' 0) take no part: a dense countryside of namesakes would lift
            // wrong pairs by chance.
            for candidate in list.prefix(coLocationCandidates)
            where candidate.kind != .country && (candidate.kind != .town || (candidate.population ?? 0) > 0) {
                grid.insert(candidate, tag: index)
            }
        }
        var result: [Int: [String: Bool]] = [:]
        let settlements: Set<PlaceKind> = [.town, .city]
        for member in grid.members
        where grid.contains(
            near: member.candidate.coordinate, within: coLocationRadius,
            where: { other, _ in
                names[other] != names[member.tag]
            })
        {
            let isSeatPair = grid.contains(
                near: member.candidate.coordinate, within: seatRadius,
                where: { other, neighbour in
                    names[other] != names[member.tag]
                        && ((member.candidate.kind == .district && settlements.contains(neighbour.kind))
                            || (settlements.contains(member.candidate.kind) && neighbour.kind == .district))
                })
            result[member.tag, default: [:]][member.candidate.id] = isSeatPair
        }
        return result
    }

    /// The ids of the candidates of a name (`key`) that may be lifted for lying near the article's other places: all
    /// but those that only have the name among their other names (a former name, an alternate) while a larger place
    /// bears it as its own name or a spelling of it (within ``bearerEditDistance`` edits: "Zaporizhzhya" for
    /// "zaporizhzhia"). "Kaliningrad … Moscow" is not Korolev, called Kaliningrad until 1996, for lying near Moscow;
    /// "Artemovsk" near Chasiv Yar is still Bakhmut, larger than the small towns named Artemovsk; "Mexico" near
    /// Veracruz is still the country, not Mexico City. Linear in the candidates.
    static func mayGainNearby(key: String, among candidates: [GazetteerCandidate]) -> Set<String> {
        // A country bears its name too: "Mexico" near Veracruz is the country, not Mexico City.
        let bears = candidates.map {
            editDistance(NameNormalizer.normalize($0.name), key, limit: bearerEditDistance) != nil
        }
        let largestBearer = zip(candidates, bears).filter(\.1).map { $0.0.population ?? 0 }.max() ?? -1
        return Set(
            zip(candidates, bears).filter { $0.1 || ($0.0.population ?? 0) >= largestBearer }.map(\.0.id))
    }

    /// How many edits a spelling of a name may differ by (see ``mayGainNearby(key:among:)``).
    static let bearerEditDistance = 2

    static func approximateKilometres(_ a: GeographicCoordinate, _ b: GeographicCoordinate) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * radians, dLon = (b.longitude - a.longitude) * radians
        let h =
            sin(dLat / 2) * sin(dLat / 2)
            + cos(a.latitude * radians) * cos(b.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371 * asin(min(1, h.squareRoot()))
    }

    /// How many tokens after a name a distance figure makes it a place ("Vovchansk, two and a half miles from …",
    /// "X, which is less than 10 kilometers …").
    static let figureWindow = 8
    /// The same for a name that is also a common word: the figure must follow closely ("Center, 12 miles from").
    static let commonWordFigureWindow = 4

    /// True when a settlement word stands right before the name ("the town of X", "desa X", "Kota X", "the town
    /// X"), or the name of one of the place's institutions ("Polres X"); a capitalised English settlement word is
    /// part of another name ("City Council", "Town Hall") and does not count.
    static func followsSettlementWord(_ tokens: [Token], _ keys: [String], before first: Int) -> Bool {
        guard first > 0 else { return false }
        let lexicon = ReadingLexicon.combined
        if lexicon.settlementWordsBeforeName.contains(keys[first - 1])
            || lexicon.institutionWordsBeforePlace.contains(keys[first - 1])
        {
            return true
        }
        if lexicon.settlementWordsBeforeOf.contains(keys[first - 1]), !tokens[first - 1].isCapitalized { return true }
        return first > 1 && keys[first - 1] == "of"
            && (lexicon.settlementWordsBeforeOf.contains(keys[first - 2])
                || lexicon.settlementWordsBeforeName.contains(keys[first - 2]))
    }

    /// True when the word before `first` is a capitalised word, right before it on the same line, that the article
    /// does not read as a place and whose capital tells something (it opens no sentence and stands in no
    /// headline): the name at `first` then ends another name ("African Union", "Police Union", "Taco Bell").
    /// A compass word or a place prefix before it ("East Oxford", "Downtown Reading"), a settlement or an
    /// institution word ("Kota Gaza", "Polres Blora") leave it a place.
    static func followsUnreadCapital(
        _ tokens: [Token], _ keys: [String], before first: Int, placeTokens: Set<Int>, commonWords: CommonWords
    ) -> Bool {
        let previous = first - 1
        guard previous >= 0, tokens[previous].kind == .word, tokens[previous].isCapitalized,
            !placeTokens.contains(previous), tokens[first].span.start - tokens[previous].span.end == 1,
            !nameQualifiers.contains(keys[previous]), !followsSettlementWord(tokens, keys, before: first)
        else { return false }
        return !capitalIsUninformative(tokens, at: previous, commonWords: commonWords)
    }
    /// Towns, cities and administrative units below a first-order division: the kinds a lone word that is
    /// something else (a common word, a firm's or a person's name) is mistaken for.
    static let settlementKinds: Set<PlaceKind> = [.town, .city, .district, .subdistrict]
    /// Words that qualify a place's name written before it: compass words and place prefixes.
    static let nameQualifiers: Set<String> = ClaimWords.combined.placePrefixes.union(
        ClaimExtractor.compassWords.filter { $0.words.count == 1 }.map { $0.words[0] })

    /// Punctuation that may stand between a sentence's start and its first word (quotes, brackets, dashes).
    static let openingMarks: Set<String> = [
        "\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "(", "[", "-", "\u{2014}", "\u{2013}",
    ]
    /// Punctuation that ends a sentence or a line.
    static let sentenceEnds: Set<String> = [".", "!", "?", "\n", ":", ";", "\u{2026}"]

    /// True when the capital letter of the word at `index` tells nothing about it being a name: the word opens
    /// its sentence or line (after opening quotes, brackets or dashes), or it stands in title case (a headline:
    /// "41 Orang Tewas Akibat Banjir"), not among an institution's capitalised words ("the Paris Public Library
    /// will offer").
    static func capitalIsUninformative(_ tokens: [Token], at index: Int, commonWords: CommonWords) -> Bool {
        var before = index - 1
        while before >= 0, tokens[before].kind == .punctuation, openingMarks.contains(tokens[before].text) {
            before -= 1
        }
        if before < 0 || (tokens[before].kind == .punctuation && sentenceEnds.contains(tokens[before].text)) {
            return true
        }
        // Title case: of the words within three on either side in the sentence, 80 % or more are capitalised and
        // two or more are capitalised common words.
        var around: [Int] = []
        for step in [-1, 1] {
            var probe = index + step
            var taken = 0
            while probe >= 0, probe < tokens.count, taken < titleCaseWindow {
                let token = tokens[probe]
                if token.kind == .punctuation, sentenceEnds.contains(token.text) { break }
                if token.kind == .word {
                    around.append(probe)
                    taken += 1
                }
                probe += step
            }
        }
        guard around.count >= 3 else { return false }
        let capitalised = around.filter { tokens[$0].isCapitalized }
        let common = capitalised.filter { commonWords.containsWordForm(Self.key(tokens[$0])) }
        return Double(capitalised.count) >= 0.8 * Double(around.count) && common.count >= 2
    }
    /// How many words on either side ``capitalIsUninformative(_:at:commonWords:)`` looks at for title case.
    static let titleCaseWindow = 3

    /// True when the name at first...last is part of a street's name: a capitalised street word right after it
    /// with no number after that ("Cowley Road", not "Douglas County Road 4"), or right before it
    /// ("Jalan Salemba", "Jl. Ahmad Yani"; not "Jalan Raya Demak", the road named after the town it leads to).
    static func isInStreetName(_ tokens: [Token], _ keys: [String], first: Int, last: Int) -> Bool {
        let lexicon = ReadingLexicon.combined
        var after = last + 1
        if after < tokens.count, tokens[after].kind == .word, tokens[after].isCapitalized,
            lexicon.streetWordsAfter.contains(keys[after])
        {
            after += 1
            if after < tokens.count, tokens[after].text == "." { after += 1 }
            if !(after < tokens.count && tokens[after].kind == .number) { return true }
        }
        var before = first - 1
        if before >= 0, tokens[before].text == "." { before -= 1 }
        return before >= 0 && tokens[before].kind == .word && tokens[before].isCapitalized
            && lexicon.streetWordsBefore.contains(keys[before])
    }

    /// True when a title stands right before the word at `index`, or two tokens before it with a capitalised word
    /// or an abbreviation's full stop between ("President Ruto", "leader Xi Jinping", "Mr. Ford"); not across a
    /// lower-case word ("a spokesman for Oxford").
    static func followsTitle(_ tokens: [Token], _ keys: [String], before index: Int) -> Bool {
        let titles = ReadingLexicon.combined.titles
        if index >= 1, titles.contains(keys[index - 1]) { return true }
        guard index >= 2, titles.contains(keys[index - 2]) else { return false }
        let between = tokens[index - 1]
        return (between.kind == .word && between.isCapitalized) || between.text == "."
    }

    /// True when a title stands before the word at `index` across a capitalised apposition and a comma, within
    /// four tokens: "Presiden Rusia, Vladimir Putin", "President of France, Emmanuel …" is a person.
    static func followsTitleAcrossApposition(_ tokens: [Token], _ keys: [String], before index: Int) -> Bool {
        guard index > 1, tokens[index - 1].text == "," else { return false }
        var probe = index - 2
        while probe >= max(0, index - 5) {
            let token = tokens[probe]
            if token.kind == .word, ReadingLexicon.combined.titles.contains(keys[probe]) { return true }
            guard token.kind == .word, token.isCapitalized || keys[probe] == "of" else { return false }
            probe -= 1
        }
        return false
    }

    /// True when `candidate` is a small town and a first-order division of its own country bears the name exactly
    /// ("California", "Texas"): the town is then not lifted over the division by the article's focus or by nearby
    /// places (Maryland's California is no reading of "California has confirmed thirteen cases"), only by apposition
    /// or syntax. A division of another country does not hold a town back (San Marcos, California, is no
    /// Guatemalan department's namesake).
    static func isTownUnderNamesakeDivision(
        _ candidate: GazetteerCandidate, among candidates: [GazetteerCandidate]
    )
        -> Bool
    {
        candidate.kind == .town
            && candidates.contains {
                $0.kind == .province && $0.editDistance == 0 && $0.countryCode == candidate.countryCode
            }
    }

    /// True when the name at first...last is part of a disease's name: a disease word right after it ("Marburg
    /// virus", "Rift Valley fever") or right before it ("virus Marburg", "demam Lassa"), in any case.
    static func isInDiseaseName(_ tokens: [Token], _ keys: [String], first: Int, last: Int) -> Bool {
        let lexicon = ReadingLexicon.combined
        let after = last + 1
        if after < tokens.count, tokens[after].kind == .word,
            tokens[after].span.start - tokens[last].span.end == 1, lexicon.diseaseWordsAfter.contains(keys[after])
        {
            return true
        }
        let before = first - 1
        return before >= 0 && tokens[before].kind == .word
            && tokens[first].span.start - tokens[before].span.end == 1
            && lexicon.diseaseWordsBefore.contains(keys[before])
    }

    /// True when the name at first...last is part of an organisation's name: a capitalised organisation word right
    /// before it ("Grup Wagner", "Partai X") or after it ("Wagner Group", "X Party").
    static func isInOrganisationName(_ tokens: [Token], _ keys: [String], first: Int, last: Int) -> Bool {
        let lexicon = ReadingLexicon.combined
        let after = last + 1
        if after < tokens.count, tokens[after].kind == .word, tokens[after].isCapitalized,
            lexicon.organisationWordsAfter.contains(keys[after])
        {
            return true
        }
        let before = first - 1
        return before >= 0 && tokens[before].kind == .word && tokens[before].isCapitalized
            && lexicon.organisationWordsBefore.contains(keys[before])
    }

    /// True when the one-word name at `index` is joined by "&" to a capitalised word ("Stevens & Wilkinson",
    /// "Helen & Douglas House"): a firm's or a couple's name, unless the word on the other side is in
    /// `wellKnownTokens`, a well-known place's ("Minneapolis & St. Paul").
    static func isJoinedByAmpersand(_ tokens: [Token], at index: Int, wellKnownTokens: Set<Int>) -> Bool {
        for (joiner, other) in [(index + 1, index + 2), (index - 1, index - 2)]
        where other >= 0 && other < tokens.count && tokens[joiner].text == "&" {
            if tokens[other].kind == .word, tokens[other].isCapitalized, !wellKnownTokens.contains(other) {
                return true
            }
        }
        return false
    }

    /// True when the one-word name at `index` is a speaker or a person described: followed by a verb of saying
    /// at a sentence's start or after a lower-case word that is no preposition or article ("Moore said"; not "in
    /// Alberta said", "Chief Robert Douglas said"), after one and before a comma or a full stop ("says Moore,"), or
    /// before an age between commas ("Moore, 54,").
    static func isSpeaker(_ tokens: [Token], _ keys: [String], at index: Int) -> Bool {
        let verbs = ReadingLexicon.combined.speechVerbs
        let next = index + 1
        let previous = index - 1
        if next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized, verbs.contains(keys[next]) {
            if previous < 0 { return true }
            let before = tokens[previous]
            if before.kind == .punctuation, before.text != "," { return true }
            if before.kind == .word, !before.isCapitalized, !speakerBlockers.contains(keys[previous]) { return true }
        }
        if previous >= 0, tokens[previous].kind == .word, !tokens[previous].isCapitalized,
            verbs.contains(keys[previous]), next < tokens.count, [",", "."].contains(tokens[next].text),
            tokens[next].span.start == tokens[index].span.end
        {
            return true
        }
        return next + 2 < tokens.count && tokens[next].text == "," && tokens[next + 1].kind == .number
            && tokens[next + 1].text.count <= 2 && tokens[next + 2].text == ","
    }
    /// Lower-case words that, right before a name and a verb of saying, make the name a place or a body speaking
    /// ("officials in Alberta said", "the Kremlin said").
    static let speakerBlockers: Set<String> = placePrepositions.union([
        "at", "of", "the", "for", "and", "or", "a", "an",
    ])

    /// True when the word after the name at `last` reads as a surname: the name is no possessive ("Rome's"), and
    /// the word right after it is capitalised (not all capitals), of three letters or more, with no hyphen or
    /// apostrophe, and is no place's name, common word, lexicon word or type word ("Putin" after "Vladimir").
    static func precedesSurname(
        _ tokens: [Token], _ keys: [String], after last: Int, placeStarts: Set<Int>, commonWords: CommonWords
    ) -> Bool {
        let next = last + 1
        let joiners: Set<Character> = ["-", "'", "\u{2019}", "\u{2010}"]
        guard !tokens[last].text.contains(where: { joiners.contains($0) }),
            isBareCapitalisedWord(tokens, keys, at: next, beside: last, joiners: joiners),
            !placeStarts.contains(next)
        else { return false }
        let key = keys[next]
        let lexicon = ReadingLexicon.combined
        return !commonWords.containsWordForm(key) && !lexicon.notPlaceWords.contains(key)
            && !ClaimLexicon.regionWordsAfter.contains(key) && !ClaimLexicon.facilityWordsAfter.contains(key)
            && !lexicon.streetWordsAfter.contains(key) && !lexicon.organisationWordsAfter.contains(key)
    }

    /// True when the token at `index` is a capitalised word (not all capitals) of three letters or more, without any
    /// of `joiners`, one space from the token at `neighbour`: the shape of a part of a person's name.
    static func isBareCapitalisedWord(
        _ tokens: [Token], _ keys: [String], at index: Int, beside neighbour: Int, joiners: Set<Character>
    ) -> Bool {
        guard tokens.indices.contains(index), tokens.indices.contains(neighbour) else { return false }
        let token = tokens[index]
        let gap =
            index > neighbour
            ? token.span.start - tokens[neighbour].span.end : tokens[neighbour].span.start - token.span.end
        return token.kind == .word && token.isCapitalized && !token.text.contains(where: { joiners.contains($0) })
            && gap == 1 && token.text != token.text.uppercased() && keys[index].count >= 3
    }

    /// True when the word right before the name at `first` reads as the first part of a person's or another proper
    /// name: capitalised (not all capitals), of three letters or more, one space before the name, with no hyphen or
    /// apostrophe, and no place's name, common word, lexicon word or type word ("Nury" before "Martinez",
    /// "European" before "Union"; not "the", "Greater", "Kota", "Mayor").
    static func followsProperNoun(
        _ tokens: [Token], _ keys: [String], before first: Int, placeTokens: Set<Int>, commonWords: CommonWords
    ) -> Bool {
        let previous = first - 1
        let joiners: Set<Character> = ["-", "'", "\u{2019}", "\u{2010}", "."]
        guard isBareCapitalisedWord(tokens, keys, at: previous, beside: first, joiners: joiners),
            !placeTokens.contains(previous)
        else { return false }
        let key = keys[previous]
        let lexicon = ReadingLexicon.combined
        return !commonWords.containsWordForm(key) && !lexicon.notPlaceWords.contains(key)
            && !lexicon.titles.contains(key) && !lexicon.settlementWordsBeforeName.contains(key)
            && !lexicon.institutionWordsBeforePlace.contains(key)
            && !lexicon.settlementWordsBeforeOf.contains(key) && !lexicon.streetWordsBefore.contains(key)
            && !lexicon.organisationWordsBefore.contains(key) && !lexicon.diseaseWordsBefore.contains(key)
    }

    /// True when a number followed by a length unit starts within ``figureWindow`` tokens after the name, before
    /// the sentence ends.
    static func precedesDistanceFigure(
        _ tokens: [Token], _ keys: [String], after last: Int,
        within window: Int = figureWindow
    ) -> Bool {
        var index = last + 1
        while index < min(tokens.count, last + 1 + window) {
            if tokens[index].kind == .punctuation, [".", "!", "?", "\n"].contains(tokens[index].text) { return false }
            if let reading = NumberParser.reading(tokens, at: index) {
                var unit = index + reading.count
                if unit < keys.count, keys[unit] == "nautical" { unit += 1 }
                if unit < keys.count, ClaimLexicon.units[keys[unit]] != nil { return true }
                index += reading.count
            } else {
                index += 1
            }
        }
        return false
    }

    /// True when a number and a length unit stand within ``figureWindow`` tokens before the name in its sentence,
    /// as in "12 miles east of Center" or "40 km selatan Lebak" (the name is a distance's reference).
    static func followsDistanceFigure(_ tokens: [Token], _ keys: [String], before first: Int) -> Bool {
        var index = first - 1
        while index >= max(0, first - figureWindow) {
            if tokens[index].kind == .punctuation, [".", "!", "?", "\n"].contains(tokens[index].text) { return false }
            if ClaimLexicon.units[keys[index]] != nil || (keys[index] == "nautical" && index + 1 < first) {
                var number = index - 1
                if number >= 0, keys[number] == "nautical" { number -= 1 }
                if number >= 0, tokens[number].kind == .number || NumberParser.reading(tokens, at: number) != nil {
                    return true
                }
            }
            index -= 1
        }
        return false
    }

    /// The parts of a capitalised hyphenated word that may be names: the head before the first hyphen, of three
    /// letters or more ("Dili" of "Dili-Timor", "Texas" of "Texas-based"), and the capitalised tail after a single
    /// letter ("Charleston" of "D-Charleston"); nil for a word without a hyphen. (A compound adjective names a place
    /// but is no claim's reference; see ``ArticleExtractor``.)
    func hyphenatedParts(_ token: Token) -> (head: String?, tail: String?)? {
        let hyphens: Set<Character> = ["-", "\u{2010}"]
        guard token.kind == .word, token.isCapitalized,
            let first = token.text.firstIndex(where: hyphens.contains),
            let last = token.text.lastIndex(where: hyphens.contains)
        else { return nil }
        let head = String(token.text[..<first])
        let tail = String(token.text[token.text.index(after: last)...])
        return (
            head.count >= 3 ? head : nil,
            head.count == 1 && first == last && tail.count >= 3 && tail.first?.isUppercase == true ? tail : nil
        )
    }

    /// A name cut short with a full stop ("Kan.", "Tenn."), as opposed to an initialism ("D.C.") or a name.
    /// The same abbreviation written with or without its full stops, case kept: "S.C." is "S.C" as the tokenizer
    /// cuts it, and "SC"; "Sc" is not.
    static func sameLetters(_ a: String, _ b: String) -> Bool {
        a.filter { $0 != "." && $0 != " " } == b.filter { $0 != "." && $0 != " " }
    }

    static func isTruncation(_ name: String) -> Bool {
        name.hasSuffix(".") && !name.dropLast().contains(".")
    }

    /// The place mentions of `text`, in text order.
    package func mentions(
        in text: ArticleText, tokens: [Token], sentences: [TextSpan], skipped: [TextSpan]
    ) throws -> [PlaceMention] {
        let keys = tokens.map(Self.key)
        var blocked = Array(repeating: false, count: tokens.count)
        for (index, token) in tokens.enumerated() where skipped.contains(where: { $0.contains(token.span) }) {
            blocked[index] = true
        }
        // Stop phrases block their tokens.
        for index in tokens.indices {
            for phrase in Self.stopPhrasesByFirstKey[keys[index]] ?? [] where index + phrase.count <= tokens.count {
                if (0..<phrase.count).allSatisfy({ keys[index + $0] == phrase[$0] }) {
                    for k in index..<(index + phrase.count) { blocked[k] = true }
                }
            }
        }

        /// A name found at tokens first...last; `start` and `end` cut the span short when the name is a part of a
        /// hyphenated word ("Dili-Timor Leste", "D-Charleston").
        struct Raw {
            let first: Int
            let last: Int
            let candidates: [GazetteerCandidate]
            var start: Int? = nil
            var end: Int? = nil
            var isWordPart: Bool { start != nil || end != nil }
        }
        var raws: [Raw] = []
        // run[i]: how many tokens from i on are unblocked words, each one space after the one before (a name's
        // words), so the n-gram loop tries only lengths that can be names.
        var run = Array(repeating: 0, count: tokens.count + 1)
        for i in tokens.indices.reversed() where tokens[i].kind == .word && !blocked[i] {
            let joined = i + 1 < tokens.count && tokens[i + 1].span.start - tokens[i].span.end == 1
            run[i] = joined ? 1 + run[i + 1] : 1
        }
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word, !blocked[index] else {
                index += 1
                continue
            }
            var matched: Raw?
            // The longest run of words some name can still continue ("new" → "new york" → stop at "new york
            // said"): each lengthening is one cached index check instead of a look-up per length.
            var prefixes = [keys[index]]
            while prefixes.count < min(Self.maximumWords, run[index]),
                let prefix = prefixes.last, try hasLongerName(startingWith: prefix)
            {
                prefixes.append(prefix + " " + keys[index + prefixes.count])
            }
            for length in stride(from: prefixes.count, through: 1, by: -1) {
                let last = index + length - 1
                let key = prefixes[length - 1]
                var candidates = try lookup(key)
                if candidates.isEmpty { continue }
                let first = tokens[index]
                if !first.isCapitalized {
                    // Lower-case text is only taken for multi-word curated seas and regions ("timur jauh Rusia").
                    candidates = candidates.filter {
                        length >= 2 && [.sea, .strait, .region, .province].contains($0.kind)
                    }
                    if candidates.isEmpty { continue }
                }
                // A truncated name ("Kan.", "Tenn.", "Mass.") is a place only in the "Topeka, Kan." pattern: after a
                // comma, with its own full stop. Initialisms ("D.C.", "W.Va.", "U.S.") are no words and stand anywhere.
                let abbreviated =
                    index > 0 && tokens[index - 1].text == "," && last + 1 < tokens.count
                    && tokens[last + 1].text == "."
                candidates = candidates.filter { !Self.isTruncation($0.matchedName) || abbreviated }
                if candidates.isEmpty { continue }
                if length == 1, abbreviated, candidates.contains(where: { Self.isTruncation($0.matchedName) }) {
                    candidates = candidates.filter { Self.isTruncation($0.matchedName) }
                } else if length == 1 {
                    // Short names ("AS", "US", "UK") must be in capitals; longer lone words must not be stop words.
                    if key.count <= 3 {
                        // ... and stand for a country ("AS", "UK"), not a town that happens to be called "Com"
                        // (or a place by its own curated abbreviation, written exactly so: "NSW", "NTT", "D.C.").
                        if first.text != first.text.uppercased() { continue }
                        candidates = candidates.filter {
                            $0.kind == .country || Self.sameLetters($0.matchedName, first.text)
                        }
                        if candidates.isEmpty { continue }
                    } else if ReadingLexicon.combined.notPlaceWords.contains(key)
                        || ClaimLexicon.oneWordHedges.contains(key)
                    {
                        continue
                    }
                    // A title within the two words before names a person ("Presiden X", "leader Xi Jinping").
                    let titled =
                        Self.followsTitle(tokens, keys, before: index)
                        || Self.followsTitleAcrossApposition(tokens, keys, before: index)
                    if titled,
                        !candidates.contains(where: {
                            [.country, .capital, .port, .sea, .strait, .region, .province].contains($0.kind)
                        })
                    {
                        continue
                    }
                }
                matched = Raw(first: index, last: last, candidates: candidates)
                break
            }
            if matched == nil, let parts = hyphenatedParts(tokens[index]) {
                func candidates(_ part: String) -> [GazetteerCandidate]? {
                    let key = NameNormalizer.normalize(part)
                    guard !ReadingLexicon.combined.notPlaceWords.contains(key), let found = try? lookup(key),
                        !found.isEmpty, key.count > 3 || found.contains(where: { $0.kind == .country })
                    else { return nil }
                    return found
                }
                let token = tokens[index].span
                if let head = parts.head, let found = candidates(head) {
                    // "Dili-Timor Leste", "Jakarta-Bandung": a hyphenated word that is no name may begin with one.
                    matched = Raw(
                        first: index, last: index, candidates: found, end: token.start + head.unicodeScalars.count)
                } else if let tail = parts.tail, index > 0, [",", "("].contains(tokens[index - 1].text) {
                    // A party's initial before a legislator's home, after a comma or a bracket ("Rep. X, D-Charleston",
                    // "(R-Elbow Lake)"; not "T-Mobile"): the name starts after the hyphen and may go on over the next
                    // words.
                    var prefixes = [NameNormalizer.normalize(tail)]
                    while prefixes.count < min(Self.maximumWords, run[index]),
                        let prefix = prefixes.last, try hasLongerName(startingWith: prefix)
                    {
                        prefixes.append(prefix + " " + keys[index + prefixes.count])
                    }
                    for length in stride(from: prefixes.count, through: 1, by: -1) {
                        let found = length == 1 ? candidates(tail) : try lookup(prefixes[length - 1])
                        if let found, !found.isEmpty {
                            matched = Raw(
                                first: index, last: index + length - 1, candidates: found,
                                start: token.end - tail.unicodeScalars.count)
                            break
                        }
                    }
                }
            }
            if let matched {
                raws.append(matched)
                index = matched.last + 1
            } else {
                index += 1
            }
        }

        let typed = try typedAdministrativeNames(
            raws.map { (first: $0.first, last: $0.last, candidates: $0.candidates) },
            tokens: tokens, keys: keys, blocked: blocked)
        if !typed.isEmpty {
            let covered = typed.map { $0.first...$0.last }
            raws = raws.filter { raw in !covered.contains { $0.overlaps(raw.first...raw.last) } }
            raws += typed.filter { !$0.candidates.isEmpty }.map {
                Raw(first: $0.first, last: $0.last, candidates: $0.candidates)
            }
            raws.sort { $0.first < $1.first }
        }
        let typedFirsts = Set(typed.filter { !$0.candidates.isEmpty }.map(\.first))

        // Focus countries: those named as countries, or as the country of a named sea, region, port or
        // capital, by frequency.
        var focus: [String: Int] = [:]
        // The same count by first choice, so that a place's own mentions are left out of its focus ("Paris" said
        // four times, "Dublin" and "Dublin City", do not make France or Ireland the article's country for them).
        var focusByPlace: [String: [String: Int]] = [:]
        // The same, from names that are no lone common words: what makes a common word's place well known in
        // the article cannot be that word itself ("Truk" naming Micronesia, "Orang" a North Korean town).
        var soundFocus: Set<String> = []
        let loneCommonWord = raws.map { $0.first == $0.last && commonWords.contains(keys[$0.first]) }
        for (position, raw) in raws.enumerated() {
            if let best = raw.candidates.first, Self.focusKinds.contains(best.kind), let code = best.countryCode {
                focus[code, default: 0] += 1
                focusByPlace[best.id, default: [:]][code, default: 0] += 1
                if !loneCommonWord[position] { soundFocus.insert(code) }
            }
        }
        // Countries of the well-known places the article names (a city of 50,000 or more as the first choice):
        // a small town of the same country is then read too ("Orikhiv … from Zaporizhzhia"). Kept with the places
        // that support each, since a place is no support for itself.
        var supportingPlaces: [String: Set<String>] = [:]
        for (position, raw) in raws.enumerated() {
            if let best = raw.candidates.first, [.city, .capital, .town].contains(best.kind),
                (best.population ?? 0) >= 50_000,
                let code = best.countryCode
            {
                supportingPlaces[code, default: []].insert(best.id)
                if !loneCommonWord[position] { soundFocus.insert(code) }
            }
        }
        func sentenceIndex(_ span: TextSpan) -> Int {
            sentences.firstIndex { $0.contains(span) || $0.overlaps(span) } ?? max(0, sentences.count - 1)
        }

        // First pass: each name's candidates scored by the gazetteer, an apposition ("X, Country", "X, Province")
        // and the article's focus countries.
        var rankings: [[(GazetteerCandidate, Double, String)]] = []
        var appositions: [Bool] = []
        // Names that are a country's, a world region's or a first-order division's own name ("Egypt", "Middle
        // East", "Ontario").
        let namesCountryOrRegion = raws.map { raw in
            raw.candidates.contains { [.country, .region, .province].contains($0.kind) && $0.editDistance == 0 }
        }
        for (position, raw) in raws.enumerated() {
            // Apposition: "X, Country" or "Pandi, Bulacan" — the next mention follows a comma right after this one.
            var appositionCountry: String?
            var appositionArea: GazetteerCandidate?
            if position + 1 < raws.count, raw.last + 2 == raws[position + 1].first, tokens[raw.last + 1].text == ",",
                let next = raws[position + 1].candidates.first
            {
                if next.kind == .country { appositionCountry = next.countryCode }
                if next.kind == .province { appositionArea = next }
            }
            // A country's, world region's or first-order division's own name means the country, region or division:
            // a town or city of the same name does not overtake it on the focus bonus alone (China, Texas; Russia,
            // Ohio; Mexico City, once called Mexico; Middle East, a Baltimore neighbourhood; Ontario, California, in
            // a story about the United States that names the Canadian province). Nearby places still may lift the
            // town (Jordan, Minnesota, in a local story): barring that too cost LGL 0.006 of acc@161km.
            let namesCountry = namesCountryOrRegion[position]
            let ownFocus = raw.candidates.first.flatMap { focusByPlace[$0.id] } ?? [:]
            let ranked = raw.candidates.map { candidate -> (GazetteerCandidate, Double, String) in
                var score = candidate.score
                var evidence = "gazetteer rank"
                if let appositionCountry, candidate.countryCode == appositionCountry, candidate.kind != .country {
                    score += 0.3
                    evidence = "apposition"
                } else if let area = appositionArea, candidate.id != area.id, candidate.countryCode == area.countryCode,
                    Self.approximateKilometres(candidate.coordinate, area.coordinate) <= Self.appositionAreaRadius
                {
                    score += 0.3
                    evidence = "apposition"
                } else if let code = candidate.countryCode, let count = focus[code], candidate.kind != .country,
                    !(namesCountry && [.town, .city, .capital].contains(candidate.kind)),
                    !Self.isTownUnderNamesakeDivision(candidate, among: raw.candidates)
                {
                    // Other names only: a capital's own mentions do not make its country the focus for itself
                    // (Athens near Atlanta is not lifted towards Greece by being Greece's capital, however often
                    // the article names it).
                    let others = count - (ownFocus[code] ?? 0)
                    if others > 0 {
                        score += min(0.15, 0.03 * Double(others))
                        evidence = "focus country"
                    }
                }
                // Unclamped while ranking: capping at 1 here tied every boosted candidate and let the id decide
                // (Kaliningrad, Russia → Korolev, once also called Kaliningrad).
                return (candidate, score, evidence)
            }
            rankings.append(ranked.sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) })
            appositions.append(appositionCountry != nil || appositionArea != nil)
        }
        // Second pass: where a name is ambiguous, the candidate near the article's unambiguous places gains
        // (one local story names places close together: Athens near Atlanta is Athens, Georgia).
        // Towns and divisions need support: population, apposition, a focus country, or the syntax of a place
        // (a settlement word before it, a distance figure right after it, a preposition of place before a name
        // that is no common word or is a city of 50,000 or more: "floods in Blora", "di Wonosobo", "to Mecca"). `syntax` leaves out the support of
        // neighbouring names, which depends on the other names' readings.
        func syntax(_ position: Int, _ best: GazetteerCandidate) -> Bool {
            let raw = raws[position]
            // A common word that matched only another spelling of a city's name ("Mobil", Indonesian for a car, is
            // an alternate name of Mobile, Alabama) is not made a place by the city's size.
            let commonWord = loneCommonWord[position]
            let ownName = NameNormalizer.normalize(best.name) == keys[raw.first]
            // A big city's GeoNames alternate name (any language's: "Hamas" is one of Hamm's) is not made its name by
            // the city's size alone; curated short forms and exonyms ("L.A.", "Moskow") and the city's own name are.
            let alternateOnly =
                raw.first == raw.last && !ownName && best.id.hasPrefix(Self.geonamesPrefix)
                && NameNormalizer.normalize(best.matchedName) != keys[raw.first]
            return ((best.population ?? 0) >= 50_000 && (ownName || !commonWord) && !alternateOnly)
                || appositions[position]
                || Self.followsSettlementWord(tokens, keys, before: raw.first)
                || Self.precedesDistanceFigure(
                    tokens, keys, after: raw.last,
                    within: commonWord ? Self.commonWordFigureWindow : Self.figureWindow)
                || Self.followsDistanceFigure(tokens, keys, before: raw.first)
                || typedFirsts.contains(raw.first)
                || ((!commonWord || (best.population ?? 0) >= 50_000)
                    && Self.followsPlacePreposition(tokens, keys, before: raw.first))
        }
        func inFocus(_ best: GazetteerCandidate) -> Bool {
            best.countryCode.map { code in
                focus[code] != nil || supportingPlaces[code].map { !$0.subtracting([best.id]).isEmpty } == true
            } ?? false
        }
        // An anchor is a place the article keeps on its own: an unsupported hamlet ("Raoul", Georgia, for a man
        // called Raul) moves no other name's reading.
        let anchors: [(index: Int, id: String, point: GeographicCoordinate)] = rankings.enumerated().compactMap {
            index, ranked in
            guard let best = ranked.first, best.0.kind != .country else { return nil }
            let margin = ranked.count > 1 ? best.1 - ranked[1].1 : 1
            return margin >= Self.anchorMargin ? (index, best.0.id, best.0.coordinate) : nil
        }
        let names = raws.map { raw in (raw.first...raw.last).map { keys[$0] }.joined(separator: " ") }
        for index in rankings.indices where rankings[index].count > 1 && !anchors.isEmpty {
            let candidates = rankings[index].map(\.0)
            let mayGain = Self.mayGainNearby(key: names[index], among: candidates)
            // An anchor that is itself one of this name's candidates (the same name said again, "Dublin City" for
            // "Dublin") only repeats the question: it supports none of them.
            let ownIDs = Set(candidates.map(\.id))
            rankings[index] = rankings[index].map { candidate, score, evidence in
                guard candidate.kind != .country, !Self.isTownUnderNamesakeDivision(candidate, among: candidates),
                    mayGain.contains(candidate.id)
                else {
                    return (candidate, score, evidence)
                }
                let nearest =
                    anchors.lazy.filter { $0.index != index && !ownIDs.contains($0.id) }
                    .map { Self.approximateKilometres(candidate.coordinate, $0.point) }.min() ?? .infinity
                let bonus = nearest <= 100 ? Self.proximityBonus : (nearest <= 300 ? Self.proximityBonus / 2 : 0)
                return bonus > 0
                    ? (candidate, score + bonus, evidence == "gazetteer rank" ? "near other places" : evidence)
                    : (candidate, score, evidence)
            }.sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
        }

        // Third pass: two ambiguous names whose candidates lie together ("Walker County … Huntsville": the Texas
        // county's town is Huntsville, Texas) lift those candidates, neither name being an anchor.
        let together = Self.coLocatedCandidates(rankings.map { $0.map(\.0) }, names: names)
        // A name that is a country's or a world region's own name ("Egypt", "Middle East") keeps that meaning: two
        // namesake hamlets near each other do not make it a town.
        for (index, ids) in together {
            let candidates = rankings[index].map(\.0)
            if candidates.contains(where: { [.country, .region].contains($0.kind) && $0.editDistance == 0 })
                || candidates.contains(where: { Self.isTownUnderNamesakeDivision($0, among: candidates) })
            {
                continue
            }
            let mayGain = Self.mayGainNearby(key: names[index], among: candidates)
            // A division and its seat named together lift each other as an anchor would; other pairs by half.
            rankings[index] = rankings[index].map { candidate, score, evidence in
                guard let isSeatPair = ids[candidate.id], mayGain.contains(candidate.id) else {
                    return (candidate, score, evidence)
                }
                return (
                    candidate, score + (isSeatPair ? Self.proximityBonus : Self.proximityBonus / 2),
                    evidence == "gazetteer rank" ? "near other places" : evidence
                )
            }.sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
        }

        // One reading a name: where the article names a place twice, the mention with the strongest support (an
        // apposition, nearby places) decides for the others ("outside Palestine, Texas … crews sent from Palestine").
        Self.unifyReadings(&rankings, names: names)

        let neighbours = Self.namesWithNeighbours(rankings.map { $0.first?.0 })
        let people = personNames.people(
            tokens: tokens, keys: keys,
            placeRuns: raws.filter { $0.last > $0.first }.map { $0.first...$0.last })
        let placeStarts = Set(raws.map(\.first))
        // One-word names of small places the article uses as speakers ("Moore said"): people, as surnames are.
        let speakers = Set(
            raws.indices.compactMap { position -> String? in
                let raw = raws[position]
                guard raw.first == raw.last, !raw.isWordPart, let best = rankings[position].first?.0,
                    [.town, .district, .subdistrict, .capital].contains(best.kind), (best.population ?? 0) < 100_000,
                    Self.isSpeaker(tokens, keys, at: raw.first)
                else { return nil }
                return keys[raw.first]
            })
        // The tokens of names first read as a country, a division, a capital or a city of 100,000 or more.
        let wellKnownTokens = Set(
            raws.indices.filter { position in
                guard let best = rankings[position].first?.0 else { return false }
                return [.country, .province, .capital].contains(best.kind) || (best.population ?? 0) >= 100_000
            }.flatMap { raws[$0].first...raws[$0].last })
        let placeTokens = Set(raws.flatMap { $0.first...$0.last })
        var mentions: [PlaceMention] = []
        for (position, raw) in raws.enumerated() {
            let span = TextSpan(
                start: raw.start ?? tokens[raw.first].span.start, end: raw.end ?? tokens[raw.last].span.end)
            let isDateline = raw.first == 0 || (raw.first > 0 && tokens[raw.first - 1].text == "\n")
            let ranked = rankings[position]
            let hasApposition = appositions[position]
            // A country's or world region's own name whose first reading is a town or division the article does
            // not support is the country or region ("Georgia", lifted towards the US state by a hamlet near it).
            guard let first = ranked.first else { continue }
            let firstStands =
                Self.alwaysKeptKinds.contains(first.0.kind) || syntax(position, first.0) || inFocus(first.0)
                || neighbours.contains(position)
            let wideArea = ranked.first { [.country, .region].contains($0.0.kind) && $0.0.editDistance == 0 }
            let (best, rankScore, evidence) = firstStands ? first : (wideArea ?? first)
            let score = min(1, rankScore)
            let commonWord = loneCommonWord[position]
            let ownName = NameNormalizer.normalize(best.name) == keys[raw.first]
            let placeSyntax = syntax(position, best) || neighbours.contains(position)
            if !(Self.alwaysKeptKinds.contains(best.kind) || placeSyntax || inFocus(best)) { continue }
            // A lone common word ("Center", "Council", "Hingga") names a small town only with a place's syntax.
            if Self.settlementKinds.contains(best.kind), commonWord, !placeSyntax,
                !Self.followsPlacePreposition(tokens, keys, before: raw.first)
            {
                continue
            }
            // A compass word or place prefix written before another capitalised word qualifies that name ("North
            // Texas", "North Memorial Medical Center"): not the town of its name.
            if Self.settlementKinds.contains(best.kind), raw.first == raw.last, !hasApposition,
                Self.nameQualifiers.contains(keys[raw.first]), raw.last + 1 < tokens.count,
                tokens[raw.last + 1].kind == .word, tokens[raw.last + 1].isCapitalized,
                tokens[raw.last + 1].span.start - tokens[raw.last].span.end == 1
            {
                continue
            }
            // A lone common word that ends another name is no town, whatever the places around it ("the African
            // Union", "Taco Bell"), unless an apposition places it.
            if Self.settlementKinds.contains(best.kind), commonWord, !hasApposition,
                Self.followsUnreadCapital(
                    tokens, keys, before: raw.first, placeTokens: placeTokens, commonWords: commonWords)
            {
                continue
            }
            // A lone common word right before a number is a label ("Section 12B", "Route 109", "Spring 2003"), not a
            // place, unless the number is a distance from it.
            if commonWord, best.kind != .country, !raw.isWordPart, raw.last + 1 < tokens.count,
                tokens[raw.last + 1].kind == .number,
                tokens[raw.last + 1].span.start - tokens[raw.last].span.end == 1,
                !Self.precedesDistanceFigure(tokens, keys, after: raw.last, within: Self.commonWordFigureWindow)
            {
                continue
            }
            // A lone common word whose capital says nothing (it opens a sentence, or stands among capitalised
            // common words in a title-case headline: "Most of …", "41 Orang Tewas …"), or that matched only
            // another spelling of a place's name ("Road" for Rode, "Kita" for Quito), is a place only with a
            // place's syntax, or as a well-known place (50,000 people) of a country the article is about.
            if commonWord, best.kind != .country {
                let syntax =
                    hasApposition || Self.followsSettlementWord(tokens, keys, before: raw.first)
                    || Self.precedesDistanceFigure(tokens, keys, after: raw.last, within: Self.commonWordFigureWindow)
                    || Self.followsDistanceFigure(tokens, keys, before: raw.first)
                    || neighbours.contains(position) || typedFirsts.contains(raw.first)
                let uninformative = Self.capitalIsUninformative(tokens, at: raw.first, commonWords: commonWords)
                let afterPreposition = Self.followsPlacePreposition(tokens, keys, before: raw.first)
                let wellKnown =
                    (best.population ?? 0) >= 50_000 || [.capital, .province, .region].contains(best.kind)
                let soundlyInFocus = best.countryCode.map { soundFocus.contains($0) } ?? false
                // Another spelling only counts as doubt for GeoNames' alternate names, not for curated short forms
                // and exonyms ("Sumbar", "Jatim").
                let isGeoNames = best.id.hasPrefix(Self.geonamesPrefix)
                let otherSpelling = !ownName && isGeoNames
                let standing = !otherSpelling && wellKnown && (soundlyInFocus || !uninformative)
                if uninformative || otherSpelling, !syntax, !afterPreposition, !standing { continue }
            }
            // A town's name followed by a capitalised word that is no place, no ordinary word and no type word is
            // a person's given name ("Marcin Przydacz", "Nadia Moayyad"), whatever the list of given names says.
            if [.town, .city, .capital].contains(best.kind), raw.first == raw.last, !raw.isWordPart,
                Self.precedesSurname(tokens, keys, after: raw.last, placeStarts: placeStarts, commonWords: commonWords)
            {
                continue
            }
            // ... or, for a town of under 50,000, preceded by one: the town's name is a surname ("Nury Martinez") or
            // the end of a longer proper name ("European Union", "Taco Bell"; a city keeps it: "Mal Ciputra Semarang").
            if [.town, .city].contains(best.kind), raw.first == raw.last, !raw.isWordPart,
                (best.population ?? 0) < 50_000,
                Self.followsProperNoun(
                    tokens, keys, before: raw.first, placeTokens: placeTokens, commonWords: commonWords)
            {
                continue
            }
            // A saint's name with a possessive ("St. Patrick's Day", "St. Mary's School") names a church, a school
            // or a feast day, unless the place is filed so ("St. John's") or is a city of 50,000 or more ("St.
            // Petersburg's main street").
            if raw.last > raw.first, Self.isSaintAbbreviation(keys[raw.first]),
                ["'s", "\u{2019}s"].contains(where: { tokens[raw.last].text.lowercased().hasSuffix($0) }),
                !best.matchedName.contains(where: { $0 == "'" || $0 == "\u{2019}" }),
                (best.population ?? 0) < 50_000
            {
                continue
            }
            // A one-word name joined by "&" to a capitalised word names a firm or a couple ("Stevens & Wilkinson").
            if Self.settlementKinds.contains(best.kind), raw.first == raw.last, !hasApposition,
                Self.isJoinedByAmpersand(tokens, at: raw.first, wellKnownTokens: wellKnownTokens)
            {
                continue
            }
            // A name inside a street's, an organisation's or a disease's name ("Jalan Salemba", "Cowley Road",
            // "Grup X", "X Group", "X virus") names the street, the body or the disease.
            if Self.isInStreetName(tokens, keys, first: raw.first, last: raw.last)
                || Self.isInOrganisationName(tokens, keys, first: raw.first, last: raw.last)
                || Self.isInDiseaseName(tokens, keys, first: raw.first, last: raw.last)
            {
                continue
            }

            // A person's given name or surname ("David Scott", later "Scott said"; "Maria Flores") or a speaker's
            // name ("Moore said", and Moore elsewhere) is no town, division or small capital (Douglas), unless the
            // syntax of a place says otherwise ("Scott, Louisiana"; "the town of Scott"; a surname said alone after
            // "in", "at" or "near": "Sam Houston", then "a show in Houston").
            let aloneAfterPlaceWord =
                !people.tokens.contains(raw.first) && raw.first > 0
                && PersonNames.placePrepositions.contains(keys[raw.first - 1])
            let smallCapital = best.kind == .capital && (best.population ?? 0) < 100_000
            if [.town, .city, .district, .subdistrict, .province].contains(best.kind) || smallCapital,
                raw.first == raw.last,
                people.tokens.contains(raw.first) || people.surnames.contains(keys[raw.first])
                    || speakers.contains(keys[raw.first]),
                !hasApposition, !Self.followsSettlementWord(tokens, keys, before: raw.first),
                !typedFirsts.contains(raw.first), !aloneAfterPlaceWord
            {
                continue
            }
            mentions.append(
                PlaceMention(
                    span: span, text: text[span], resolved: best, candidates: ranked.map(\.0), score: score,
                    evidence: best.id.hasPrefix(Self.chainPrefix)
                        ? "administrative chain"
                        : (isDateline && evidence == "gazetteer rank" ? "dateline" : evidence),
                    sentence: sentenceIndex(span),
                    followsNearCue: raw.first > 0
                        && ["dekat", "near", "outside", "luar", "nearby"].contains(keys[raw.first - 1])))
        }
        return mentions
    }
}
