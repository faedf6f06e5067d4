/// The words the place reader knows in one language: words that are never places on their own, titles before
/// people's names, settlement, street, organisation and disease words around names, and the lines that are boilerplate.
///
/// One value a language (``english`` in `Lexicon+English.swift`, ``indonesian`` in `Lexicon+Indonesian.swift`,
/// beside the ``ClaimWords`` of that language), each hand-curated from general news usage of that language;
/// ``combined`` is what the reader uses, since an article's language is not known before it is read (Indonesian
/// articles quote English names and the other way round). Lower-case, compared with normalised text (`NameNormalizer`).
///
/// What belongs here is general vocabulary: function words, calendar words, titles, the generic names of bodies
/// ("Security Council", "Dewan Keamanan"). Ordinary words that happen to be towns somewhere ("Most", "Orang",
/// "Council") are not listed one by one: the ``CommonWords`` list (Debian dictionaries) and the recogniser's
/// rules for capitalisation that carries no information handle them all.
package struct ReadingLexicon: Sendable {
    /// Single words never taken as a place on their own.
    package var notPlaceWords: Set<String>
    /// Multi-word names that are never places although they contain place-like words (bodies, media, measures).
    package var notPlacePhrases: [String]
    /// A capitalised word within two words after one of these names a person ("Presiden X", "Governor X").
    package var titles: Set<String>
    /// Settlement words written directly before a name, whatever their case ("Kota Gaza", "Desa Nahariya").
    package var settlementWordsBeforeName: Set<String>
    /// Words for a place's own institutions written right before the place's name, whatever their case ("Polres
    /// Blora", the Blora police; "Pemkab Blora", its regency government): the name after them is a place.
    package var institutionWordsBeforePlace: Set<String>
    /// Settlement words that announce a name only in lower case or through "of" ("the city of Kursk",
    /// "the town Lgov"); capitalised right before a word they are part of a name ("City Council", "Town Hall").
    package var settlementWordsBeforeOf: Set<String>
    /// Capitalised words that make the name after them a street ("Jalan Salemba", "Jl Ahmad Yani").
    package var streetWordsBefore: Set<String>
    /// Capitalised words that make the name before them a street ("Cowley Road", "Palestine Avenue"), unless a
    /// number follows them (a numbered county road names the county: "Douglas County Road 4").
    package var streetWordsAfter: Set<String>
    /// Capitalised words that make the name after them an organisation's ("Grup Wagner", "Partai Buruh").
    package var organisationWordsBefore: Set<String>
    /// Capitalised words that make the name before them an organisation's ("Wagner Group", "Labour Party").
    package var organisationWordsAfter: Set<String>
    /// Words (any case) that make the name right before them a disease's ("Marburg virus", "Lassa fever").
    package var diseaseWordsAfter: Set<String>
    /// Words (any case) that make the name right after them a disease's ("virus Marburg", "demam Lassa").
    package var diseaseWordsBefore: Set<String>
    /// Verbs of saying that attribute a quotation to a person written right before or after them ("Moore said",
    /// "says Moore,"; "kata Budi."): a one-word name so placed is a speaker, not a town.
    package var speechVerbs: Set<String>
    /// Abbreviations that open a place's name, written with a full stop ("St. Louis", "Mt. Pleasant"), and the word
    /// each stands for: the name is looked up both ways.
    package var nameAbbreviations: [String: String]
    /// Lines that start with these are boilerplate (links to other stories, credits) and are skipped.
    package var boilerplateLinePrefixes: [String]
    /// After a line starting with one of these, the rest of the file is another story's teaser.
    package var endOfArticlePrefixes: [String]

    /// The languages' words together: what the reader uses.
    package static let combined = ReadingLexicon(merging: [.english, .indonesian])

    package init(
        notPlaceWords: Set<String>, notPlacePhrases: [String], titles: Set<String>,
        settlementWordsBeforeName: Set<String>, institutionWordsBeforePlace: Set<String>,
        settlementWordsBeforeOf: Set<String>, streetWordsBefore: Set<String>,
        streetWordsAfter: Set<String>, organisationWordsBefore: Set<String>, organisationWordsAfter: Set<String>,
        diseaseWordsAfter: Set<String>, diseaseWordsBefore: Set<String>, speechVerbs: Set<String>,
        nameAbbreviations: [String: String], boilerplateLinePrefixes: [String],
        endOfArticlePrefixes: [String]
    ) {
        self.notPlaceWords = notPlaceWords
        self.notPlacePhrases = notPlacePhrases
        self.titles = titles
        self.settlementWordsBeforeName = settlementWordsBeforeName
        self.institutionWordsBeforePlace = institutionWordsBeforePlace
        self.settlementWordsBeforeOf = settlementWordsBeforeOf
        self.streetWordsBefore = streetWordsBefore
        self.streetWordsAfter = streetWordsAfter
        self.organisationWordsBefore = organisationWordsBefore
        self.organisationWordsAfter = organisationWordsAfter
        self.diseaseWordsAfter = diseaseWordsAfter
        self.diseaseWordsBefore = diseaseWordsBefore
        self.speechVerbs = speechVerbs
        self.nameAbbreviations = nameAbbreviations
        self.boilerplateLinePrefixes = boilerplateLinePrefixes
        self.endOfArticlePrefixes = endOfArticlePrefixes
    }

    /// The union of several languages' words (phrases and prefixes in order, without repeats).
    package init(merging lexicons: [ReadingLexicon]) {
        func ordered(_ lists: [[String]]) -> [String] {
            var seen: Set<String> = []
            return lists.joined().filter { seen.insert($0).inserted }
        }
        self.init(
            notPlaceWords: Set(lexicons.flatMap(\.notPlaceWords)),
            notPlacePhrases: ordered(lexicons.map(\.notPlacePhrases)),
            titles: Set(lexicons.flatMap(\.titles)),
            settlementWordsBeforeName: Set(lexicons.flatMap(\.settlementWordsBeforeName)),
            institutionWordsBeforePlace: Set(lexicons.flatMap(\.institutionWordsBeforePlace)),
            settlementWordsBeforeOf: Set(lexicons.flatMap(\.settlementWordsBeforeOf)),
            streetWordsBefore: Set(lexicons.flatMap(\.streetWordsBefore)),
            streetWordsAfter: Set(lexicons.flatMap(\.streetWordsAfter)),
            organisationWordsBefore: Set(lexicons.flatMap(\.organisationWordsBefore)),
            organisationWordsAfter: Set(lexicons.flatMap(\.organisationWordsAfter)),
            diseaseWordsAfter: Set(lexicons.flatMap(\.diseaseWordsAfter)),
            diseaseWordsBefore: Set(lexicons.flatMap(\.diseaseWordsBefore)),
            speechVerbs: Set(lexicons.flatMap(\.speechVerbs)),
            nameAbbreviations: lexicons.map(\.nameAbbreviations).reduce(into: [:]) {
                $0.merge($1) { first, _ in first }
            },
            boilerplateLinePrefixes: ordered(lexicons.map(\.boilerplateLinePrefixes)),
            endOfArticlePrefixes: ordered(lexicons.map(\.endOfArticlePrefixes)))
    }
}
