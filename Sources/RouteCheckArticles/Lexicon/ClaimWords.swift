import RouteCheckGeo

/// The words the claim grammar reads in one language: units, hedges, the words around a distance's reference
/// (links, prefixes, border, capital, front-line, region, facility and interior words), size words, event words for
/// coordinates, and the words that point back to an earlier subject. Lower-case; multi-word cues are word arrays.
///
/// One value a language (``english`` in `Lexicon+English.swift`, ``indonesian`` in `Lexicon+Indonesian.swift`,
/// beside the ``ReadingLexicon`` of that language); ``combined`` is what the grammar reads through ``ClaimLexicon``.
/// General vocabulary of news about distances, not words of any one text.
package struct ClaimWords: Sendable {
    /// Length units and their spellings.
    package var units: [String: LengthUnit]
    /// Hedges before a figure.
    package var hedges: [(words: [String], qualifier: Qualifier)]
    /// A front line as a distance's reference ("20 km from the front line", "24 km dari garis depan").
    package var frontLinePhrases: [[String]]
    /// Words between a figure and its reference that carry no meaning for the measure ("40 km *dari*",
    /// "20 km *away from*").
    package var referenceLinks: Set<String>
    /// Words before a place name that say what kind of place it is; skipped to reach the name.
    package var placePrefixes: Set<String>
    /// Prefixes that ask for a settlement ("Kota Gaza" is the city, not the Strip).
    package var settlementWords: Set<String>
    /// Words after a place name that make it a region ("Kaluga Oblast", "the Ryazan region").
    package var regionWordsAfter: Set<String>
    /// Words before a place name that make it a region ("wilayah Pskov", "Provinsi Lampung").
    package var regionWordsBefore: Set<String>
    /// Facility nouns before the town a facility is named after ("PLTN Kursk", "Bandara Pskov").
    package var facilityWordsBefore: Set<String>
    /// Facility nouns after it ("Kursk Nuclear Power Plant", "the Pathankot air base").
    package var facilityWordsAfter: Set<String>
    /// Words that measure inward from a country's edge ("124 km inside Pakistan").
    package var interiorWords: Set<String>
    /// Words between an interior word and the country ("into Russian territory", "dalam wilayah Rusia").
    package var interiorFillers: Set<String>
    /// Words naming a border.
    package var borderWords: Set<String>
    /// "border *with* X".
    package var borderWith: Set<String>
    /// Possessives that point back to a country named in context ("*their* border", "perbatasan *mereka*").
    package var borderPossessives: Set<String>
    /// "the capital", "ibu kota": the capital of the country in context, or of the name that follows.
    package var capitalWords: [[String]]
    /// Cues that a distance is stated between two places named before it ("the distance from A to B").
    package var distanceNouns: Set<String>
    package var distanceJoiners: Set<String>
    /// Nouns before a figure that make it a size, not a distance between places ("at a depth of 10 km").
    package var sizeNouns: Set<String>
    /// Adjectives right after a figure's unit that make it a size ("10 km deep").
    package var sizeAdjectivesAfter: Set<String>
    /// Nouns of events located by coordinates (earthquakes): the coordinates in the text are their subject.
    package var coordinateEventWords: Set<String>
    /// Participles that open a sentence whose subject follows the participial phrase ("Located 20 km from X, Y").
    package var participleOpeners: Set<String>
    /// Subjects that are not places but point back to one ("the town lies …", "kota itu berjarak …").
    package var anaphoricSubjects: Set<String>
    /// Words that make a figure a distance travelled by road, rail or water ("a 300 km drive", "by train",
    /// "perjalanan darat"): its geodesic is only a lower bound. Air words are not among them (a flight is close
    /// to the geodesic).
    package var travelWords: Set<String>
    /// Words of nearness that name a distance's reference before its figure ("close to X, only 10 km", "near the
    /// border, just 5 km away", "dekat dengan X, hanya 10 km").
    package var proximityWords: Set<String>
    /// Words that join another measure of the same way between a figure and its reference ("27 km *atau* 15 menit
    /// pelayaran dari X", "10 km, *or* a 15-minute drive, from X").
    package var alternativeWords: Set<String>

    /// The languages' words together: what the grammar reads.
    package static let combined = ClaimWords(merging: [.english, .indonesian])

    /// The union of several languages' words (lists in order, without repeats).
    package init(merging lexicons: [ClaimWords]) {
        func union(_ path: KeyPath<ClaimWords, Set<String>>) -> Set<String> {
            Set(lexicons.flatMap { $0[keyPath: path] })
        }
        func phrases(_ path: KeyPath<ClaimWords, [[String]]>) -> [[String]] {
            var seen: Set<[String]> = []
            return lexicons.flatMap { $0[keyPath: path] }.filter { seen.insert($0).inserted }
        }
        var seenHedges: Set<[String]> = []
        self.init(
            units: lexicons.reduce(into: [:]) { $0.merge($1.units) { first, _ in first } },
            hedges: lexicons.flatMap(\.hedges).filter { seenHedges.insert($0.words).inserted },
            frontLinePhrases: phrases(\.frontLinePhrases), referenceLinks: union(\.referenceLinks),
            placePrefixes: union(\.placePrefixes), settlementWords: union(\.settlementWords),
            regionWordsAfter: union(\.regionWordsAfter), regionWordsBefore: union(\.regionWordsBefore),
            facilityWordsBefore: union(\.facilityWordsBefore), facilityWordsAfter: union(\.facilityWordsAfter),
            interiorWords: union(\.interiorWords), interiorFillers: union(\.interiorFillers),
            borderWords: union(\.borderWords), borderWith: union(\.borderWith),
            borderPossessives: union(\.borderPossessives), capitalWords: phrases(\.capitalWords),
            distanceNouns: union(\.distanceNouns), distanceJoiners: union(\.distanceJoiners),
            sizeNouns: union(\.sizeNouns), sizeAdjectivesAfter: union(\.sizeAdjectivesAfter),
            coordinateEventWords: union(\.coordinateEventWords), participleOpeners: union(\.participleOpeners),
            anaphoricSubjects: union(\.anaphoricSubjects), travelWords: union(\.travelWords),
            proximityWords: union(\.proximityWords), alternativeWords: union(\.alternativeWords))
    }

    package init(
        units: [String: LengthUnit], hedges: [(words: [String], qualifier: Qualifier)], frontLinePhrases: [[String]],
        referenceLinks: Set<String>, placePrefixes: Set<String>, settlementWords: Set<String>,
        regionWordsAfter: Set<String>, regionWordsBefore: Set<String>, facilityWordsBefore: Set<String>,
        facilityWordsAfter: Set<String>, interiorWords: Set<String>, interiorFillers: Set<String>,
        borderWords: Set<String>, borderWith: Set<String>, borderPossessives: Set<String>, capitalWords: [[String]],
        distanceNouns: Set<String>, distanceJoiners: Set<String>, sizeNouns: Set<String>,
        sizeAdjectivesAfter: Set<String>, coordinateEventWords: Set<String>, participleOpeners: Set<String>,
        anaphoricSubjects: Set<String>, travelWords: Set<String>, proximityWords: Set<String>,
        alternativeWords: Set<String>
    ) {
        self.units = units
        self.hedges = hedges
        self.frontLinePhrases = frontLinePhrases
        self.referenceLinks = referenceLinks
        self.placePrefixes = placePrefixes
        self.settlementWords = settlementWords
        self.regionWordsAfter = regionWordsAfter
        self.regionWordsBefore = regionWordsBefore
        self.facilityWordsBefore = facilityWordsBefore
        self.facilityWordsAfter = facilityWordsAfter
        self.interiorWords = interiorWords
        self.interiorFillers = interiorFillers
        self.borderWords = borderWords
        self.borderWith = borderWith
        self.borderPossessives = borderPossessives
        self.capitalWords = capitalWords
        self.distanceNouns = distanceNouns
        self.distanceJoiners = distanceJoiners
        self.sizeNouns = sizeNouns
        self.sizeAdjectivesAfter = sizeAdjectivesAfter
        self.coordinateEventWords = coordinateEventWords
        self.participleOpeners = participleOpeners
        self.anaphoricSubjects = anaphoricSubjects
        self.proximityWords = proximityWords
        self.alternativeWords = alternativeWords
        self.travelWords = travelWords
    }
}
