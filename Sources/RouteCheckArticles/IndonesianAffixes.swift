/// Indonesian inflection undone: the possible stems of an affixed word ("terbakar" → "bakar", "menyerang" →
/// "serang", "dikirimkan" → "kirim"), so that a dictionary of stems (hunspell-id lists stems with affix flags) also
/// knows the words built on them.
///
/// The affixes are those of standard Indonesian grammar (Tata Bahasa Baku Bahasa Indonesia): the particles -lah,
/// -kah, -tah, -pun; the possessives -ku, -mu, -nya; the suffixes -kan, -an, -i; the prefixes di-, ke-, se-, ter-,
/// ber- (be-, bel-), per- (each without its r before a stem's r), and meN-/peN- with their nasal forms, whose nasal replaces a stem's first p, t, k or s
/// ("memukul" from "pukul", "menulis" from "tulis", "mengirim" from "kirim", "menyapu" from "sapu").
///
/// Stripping is by form only, without a dictionary's guidance between the rules: every reading is offered and the
/// caller keeps those its word list knows. A name can therefore read as an affixed common word ("Kediri" as ke- +
/// "diri"); callers use this as evidence of ordinary vocabulary around a name, not to reject the name itself.
enum IndonesianAffixes {
    /// A stem keeps at least this many letters (shorter remainders match too many unrelated short stems).
    static let minimumStemLength = 3

    static let particles = ["lah", "kah", "tah", "pun"]
    static let possessives = ["nya", "ku", "mu"]
    static let suffixes = ["kan", "an", "i"]
    static let plainPrefixes = ["di", "ke", "se", "ter", "ber", "bel", "be", "per"]
    /// meN- and peN- forms, longest first, each with the letters a stem may have lost to the nasal.
    static let nasalPrefixes: [(prefix: String, restored: [String])] = [
        ("menge", [""]), ("penge", [""]),
        ("meny", ["s"]), ("peny", ["s"]),
        ("meng", ["", "k"]), ("peng", ["", "k"]),
        ("mem", ["", "p"]), ("pem", ["", "p"]),
        ("men", ["", "t"]), ("pen", ["", "t"]),
        ("me", [""]), ("pe", [""]),
    ]
    /// ter-, ber- and per- before a stem that begins with r drop their own r ("terampas" from "rampas").
    static let rDroppingPrefixes = ["te", "be", "pe"]

    /// The possible stems of `word` (lower case), the word itself first; at most one prefix and one suffix of each
    /// kind are removed.
    static func stems(of word: String) -> [String] {
        var results: [String] = [word]
        var seen: Set<String> = [word]
        func add(_ candidate: String) {
            if candidate.count >= minimumStemLength, seen.insert(candidate).inserted { results.append(candidate) }
        }
        for withoutSuffixes in suffixReadings(of: word) {
            add(withoutSuffixes)
            for stem in prefixReadings(of: withoutSuffixes) { add(stem) }
        }
        return results
    }

    /// `word` with none, some or all of its particle, possessive and suffix removed, in that order from the end.
    static func suffixReadings(of word: String) -> [String] {
        var readings = [word]
        for group in [particles, possessives, suffixes] {
            var next = readings
            for reading in readings {
                for ending in group where reading.hasSuffix(ending) && reading.count > ending.count {
                    next.append(String(reading.dropLast(ending.count)))
                }
            }
            readings = next
        }
        return readings
    }

    /// `word` with one prefix removed in each way its form allows (the nasal's lost letter put back).
    static func prefixReadings(of word: String) -> [String] {
        var readings: [String] = []
        for prefix in plainPrefixes where word.hasPrefix(prefix) {
            readings.append(String(word.dropFirst(prefix.count)))
        }
        for (prefix, restored) in nasalPrefixes where word.hasPrefix(prefix) {
            let rest = word.dropFirst(prefix.count)
            for letter in restored { readings.append(letter + rest) }
        }
        for prefix in rDroppingPrefixes where word.hasPrefix(prefix + "r") {
            readings.append(String(word.dropFirst(prefix.count)))
        }
        return readings
    }
}
