import Foundation

/// Ordinary lower-case words of English and Indonesian (`Data/common-words.txt`: Debian wamerican and hunspell-id,
/// built by `Scripts/build_common_words.py`), for telling a capitalised word ("Center", "Council", "Mobil",
/// "Hingga") from the small town that shares its name.
///
/// A lone word that is also a common word is read as a town only with the support of a place's syntax or
/// standing: a population of 50,000, a country or province in apposition, a settlement word before it, a distance
/// figure after it, a neighbouring town named with it, a type word. The article's focus country alone is not
/// enough (every small American town called Center or Council shares the focus of an American story).
///
/// A common word whose capital says nothing (opening a sentence, in a title-case headline) or that matched only a
/// GeoNames alternate name needs the same support (see `PlaceRecognizer`).
///
/// Measured with `../shared/tools/geoparse_score.py` after the person filter: recognition F1 LGL 0.748 → 0.809,
/// GeoVirus 0.823 → 0.849, Indonesian 0.769 → 0.815; end-to-end recall −0.002 / 0.000 / −0.005. With the rules for
/// uninformative capitals, streets, organisations and given names (session 9): 0.831 / 0.856 / 0.835.
public struct CommonWords: Sendable {
    public let words: Set<String>
    /// The Indonesian ones: stems, whose affixed forms ``containsWordForm(_:)`` also knows.
    public let indonesianWords: Set<String>

    public static let fileName = "common-words.txt"
    /// No words: the filter does nothing.
    public static let empty = CommonWords(words: [])

    public init(words: Set<String>, indonesianWords: Set<String> = []) {
        self.words = words
        self.indonesianWords = indonesianWords
    }

    /// Reads `word<TAB>languages` lines. - Returns: nil when the file cannot be read or holds no words.
    public init?(contentsOf url: URL) {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        var words: Set<String> = []
        var indonesianWords: Set<String> = []
        words.reserveCapacity(100_000)
        indonesianWords.reserveCapacity(30_000)
        // Bytes, not Characters: this runs once a process over 90,000 lines.
        let tab = UInt8(ascii: "\t")
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            let end = line.firstIndex(of: tab) ?? line.endIndex
            guard end > line.startIndex else { continue }
            let word = String(decoding: line[..<end], as: UTF8.self)
            words.insert(word)
            let languages = line[end...].dropFirst().split(separator: UInt8(ascii: ","))
            if languages.contains(where: { $0.elementsEqual("id".utf8) }) { indonesianWords.insert(word) }
        }
        guard !words.isEmpty else { return nil }
        self.init(words: words, indonesianWords: indonesianWords)
    }

    /// The words kept beside a database file (`Data/common-words.txt` next to `Data/routecheck.gpkg`), or ``empty``.
    public static func beside(databasePath: String) -> CommonWords {
        let url = URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent(fileName)
        return CommonWords(contentsOf: url) ?? .empty
    }

    /// Whether a look-up key (lower case, one word) is a common word.
    public func contains(_ key: String) -> Bool { words.contains(key) }

    /// Whether a look-up key is a common word or an Indonesian word built on a common stem ("terbakar",
    /// "menyerang"; see `IndonesianAffixes`). Evidence of ordinary vocabulary around a name, looser than
    /// ``contains(_:)``: a name may read as an affixed word too ("Kediri").
    public func containsWordForm(_ key: String) -> Bool {
        words.contains(key) || IndonesianAffixes.stems(of: key).dropFirst().contains(where: indonesianWords.contains)
    }
}
