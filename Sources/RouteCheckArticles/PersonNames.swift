import Foundation

/// Given names and surnames (`Data/person-names.tsv`: the US Census Bureau's 1990 frequency lists, from PyPI `names`;
/// built by `Scripts/build_person_names.py`), for telling people from the towns that share their names.
///
/// A capitalised given name directly followed by a capitalised surname ("David Scott", "Mary F. Taylor") names a
/// person, unless a place preposition stands before it ("in Lowell Town Court") or one gazetteer name covers both
/// words ("Santa Clara", "Glen Carbon"). Neither word is then read as a town, and the surname alone is not read as a
/// town anywhere else in the article ("Scott said"). Countries, capitals, provinces and curated features are never
/// dropped this way.
///
/// Measured with `../shared/tools/geoparse_score.py` (README, "Place reading on real news"): recognition F1 on LGL
/// 0.665 → 0.748 (precision 0.523 → 0.633), GeoVirus 0.801 → 0.823, Indonesian 0.767 → 0.769, end-to-end recall
/// unchanged on all three.
public struct PersonNames: Sendable {
    /// Lower-case given names.
    public let givenNames: Set<String>
    /// Lower-case surnames.
    public let surnames: Set<String>

    public static let fileName = "person-names.tsv"
    /// No names: the filter does nothing.
    public static let empty = PersonNames(givenNames: [], surnames: [])

    public init(givenNames: Set<String>, surnames: Set<String>) {
        self.givenNames = givenNames
        self.surnames = surnames
    }

    /// Reads `name<TAB>given percent<TAB>surname percent` lines; a name with a positive share is that kind.
    /// - Returns: nil when the file cannot be read or holds no names.
    public init?(contentsOf url: URL) {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        var given: Set<String> = [], surnames: Set<String> = []
        given.reserveCapacity(4_000)
        surnames.reserveCapacity(20_000)
        // Bytes, not Characters: this runs once a process over 20,000 lines. A share is positive when it is a
        // decimal number ("0.24", "0.001") with a digit other than 0.
        func isPositiveShare(_ field: ArraySlice<UInt8>) -> Bool {
            !field.isEmpty && field.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }
                && field.contains { $0 >= 0x31 && $0 <= 0x39 }
        }
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            let fields = Array(line).split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty else { continue }
            let name = String(decoding: fields[0], as: UTF8.self)
            if isPositiveShare(fields[1]) { given.insert(name) }
            if isPositiveShare(fields[2]) { surnames.insert(name) }
        }
        guard !given.isEmpty || !surnames.isEmpty else { return nil }
        self.init(givenNames: given, surnames: surnames)
    }

    /// The names kept beside a database file (`Data/person-names.tsv` next to `Data/routecheck.gpkg`), or ``empty``.
    public static func beside(databasePath: String) -> PersonNames {
        let url = URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent(fileName)
        return PersonNames(contentsOf: url) ?? .empty
    }

    /// Words that, right before a given name, make it a place ("in Lowell", "at Glen Echo"). Not "of", "to" or
    /// "from", which come before people as often ("the office of Carol Bush", "a letter to Abraham Lincoln").
    static let placePrepositions: Set<String> = ["in", "at", "near", "di", "dekat"]

    /// The tokens that name people, and the surnames so read (lower case, possessive dropped).
    /// - Parameters:
    ///   - keys: each token's look-up key (lower case, possessive dropped).
    ///   - placeRuns: token ranges matched as one multi-word place name; a pair inside one is no person.
    func people(
        tokens: [Token], keys: [String], placeRuns: [ClosedRange<Int>]
    ) -> (tokens: Set<Int>, surnames: Set<String>) {
        var personTokens: Set<Int> = [], found: Set<String> = []
        guard !givenNames.isEmpty else { return (personTokens, found) }
        func isName(_ index: Int) -> Bool {
            index < tokens.count && tokens[index].kind == .word && tokens[index].isCapitalized
                && tokens[index].text.unicodeScalars.count > 1
        }
        func adjacent(_ a: Int, _ b: Int) -> Bool { tokens[b].span.start - tokens[a].span.end == 1 }
        for index in tokens.indices where isName(index) && givenNames.contains(keys[index]) {
            if index > 0, Self.placePrepositions.contains(keys[index - 1]) { continue }
            // A possessive is no given name ("Virginia's Jefferson National Forest").
            if tokens[index].text.hasSuffix("'s") || tokens[index].text.hasSuffix("\u{2019}s") { continue }
            // The surname: the next word, or the one after a middle initial ("John F. Kennedy").
            var next = index + 1
            guard next < tokens.count, adjacent(index, next) else { continue }
            if tokens[next].kind == .word, tokens[next].text.unicodeScalars.count == 1, tokens[next].isCapitalized {
                if next + 1 < tokens.count, tokens[next + 1].text == ".", next + 2 < tokens.count,
                    tokens[next + 2].span.start - tokens[next + 1].span.end == 1
                {
                    next += 2
                } else {
                    continue
                }
            }
            // A settlement word is no surname ("Lowell Town Court").
            guard isName(next), surnames.contains(keys[next]), !ClaimWords.combined.settlementWords.contains(keys[next])
            else { continue }
            if placeRuns.contains(where: { $0.contains(index) && $0.contains(next) }) { continue }
            personTokens.insert(index)
            personTokens.insert(next)
            found.insert(keys[next])
        }
        return (personTokens, found)
    }
}
