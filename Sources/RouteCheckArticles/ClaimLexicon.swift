import RouteCheckGeo

/// The words the claim grammar reads: both languages' ``ClaimWords`` together (``ClaimWords/combined``), under the
/// names the grammar uses. The words themselves are in `Lexicon/Lexicon+English.swift` and
/// `Lexicon/Lexicon+Indonesian.swift`.
enum ClaimLexicon {
    static let words = ClaimWords.combined
    static let units = words.units
    static let hedges = words.hedges
    /// The hedges of one word ("about", "hanya"): never a place's name on their own.
    static let oneWordHedges: Set<String> = Set(hedges.filter { $0.words.count == 1 }.map { $0.words[0] })
    /// ``hedges`` with the longest cues first, so "kurang dari" wins over "dari"-less "kurang" forms.
    static let hedgesLongestFirst = hedges.sorted { $0.words.count > $1.words.count }
    static let frontLinePhrases = words.frontLinePhrases
    static let referenceLinks = words.referenceLinks
    static let placePrefixes = words.placePrefixes
    static let settlementWords = words.settlementWords
    static let regionWordsAfter = words.regionWordsAfter
    static let regionWordsBefore = words.regionWordsBefore
    static let facilityWordsBefore = words.facilityWordsBefore
    static let facilityWordsAfter = words.facilityWordsAfter
    static let interiorWords = words.interiorWords
    static let interiorFillers = words.interiorFillers
    static let borderWords = words.borderWords
    static let borderWith = words.borderWith
    static let borderPossessives = words.borderPossessives
    static let capitalWords = words.capitalWords
    static let distanceNouns = words.distanceNouns
    static let distanceJoiners = words.distanceJoiners
    static let sizeNouns = words.sizeNouns
    static let sizeAdjectivesAfter = words.sizeAdjectivesAfter
    static let coordinateEventWords = words.coordinateEventWords
    static let participleOpeners = words.participleOpeners
    static let proximityWords = words.proximityWords
    static let alternativeWords = words.alternativeWords
    static let anaphoricSubjects = words.anaphoricSubjects
    static let travelWords = words.travelWords
}
