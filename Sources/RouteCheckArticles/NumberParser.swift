/// Reads numbers as Indonesian and English news write them.
///
/// Indonesian: "." groups thousands and "," is the decimal mark ("1.000" = 1000, "2,5" = 2.5,
/// "60.000" = 60000). English: "," groups thousands and "." is the decimal mark ("1,000", "2.5").
/// A lone separator followed by exactly three digits is read as grouping ("1.000", "1,000"); otherwise
/// as a decimal mark. Scale words multiply: ribu/thousand 1e3, juta/million 1e6, miliar/billion 1e9,
/// triliun/trillion 1e12; "seribu" = 1000, "sejuta" = 1e6, "ratusan"/"hundreds" = 100 (a lower bound).
public enum NumberParser {
    public static func value(_ text: String) -> Double? {
        let digits = text.filter { $0.isNumber || $0 == "." || $0 == "," }
        guard !digits.isEmpty, digits.first?.isNumber == true else { return nil }
        let dots = digits.filter { $0 == "." }.count, commas = digits.filter { $0 == "," }.count
        var normalized = digits
        if let lastDot = digits.lastIndex(of: "."), let lastComma = digits.lastIndex(of: ",") {
            // Both marks: whichever comes last is the decimal mark.
            if lastComma > lastDot {
                normalized = digits.replacingOccurrences(".", "").replacingOccurrences(",", ".")
            } else {
                normalized = digits.replacingOccurrences(",", "")
            }
        } else if dots + commas > 0 {
            let separator: Character = dots > 0 ? "." : ","
            let groups = digits.split(separator: separator, omittingEmptySubsequences: false)
            let grouping = groups.count > 2 || (groups.count == 2 && groups[1].count == 3)
            normalized = grouping ? groups.joined() : groups.joined(separator: ".")
        }
        return Double(normalized)
    }

    /// Multipliers of scale words, lower-cased.
    public static let scaleWords: [String: Double] = [
        "ribu": 1e3, "thousand": 1e3, "juta": 1e6, "million": 1e6, "miliar": 1e9, "milyar": 1e9,
        "billion": 1e9, "triliun": 1e12, "trillion": 1e12,
    ]

    /// Number words that stand alone (English and Indonesian), with their value.
    public static let numberWords: [String: Double] = [
        "seribu": 1000, "sejuta": 1e6, "ratusan": 100, "ribuan": 1000, "puluhan": 10, "hundreds": 100,
        "thousands": 1000, "seratus": 100, "sepuluh": 10, "sebelas": 11, "satu": 1, "dua": 2, "tiga": 3,
        "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "setengah": 0.5,
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "half": 0.5,
        "dozen": 12, "dozens": 12,
    ]

    /// "a" and "an" count as one only right before a unit or "half" ("a mile", "a mile-and-a-half").
    static let articleWords: Set<String> = ["a", "an"]

    /// A number read from tokens: its value, how many tokens it used, and half the unit of its last
    /// significant digit as written (the figure's precision: "290" → 5, "2,5" → 0.05, "ten" → 0.5,
    /// "two and a half" → 0.25), in the number's own unit.
    public struct Reading: Sendable, Hashable {
        public let value: Double
        public let count: Int
        public let precision: Double
    }

    /// Reads a number from `tokens` at `index`: digits with an optional scale word after them, or number
    /// words ("two and a half", "dua setengah", "twenty-five"). Returns the value and how many tokens it used.
    package static func read(_ tokens: [Token], at index: Int) -> (value: Double, count: Int)? {
        reading(tokens, at: index).map { ($0.value, $0.count) }
    }

    /// As ``read(_:at:)``, with the precision of the figure as written.
    package static func reading(_ tokens: [Token], at index: Int) -> Reading? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        func scaled(_ base: Double, _ used: Int, _ precision: Double) -> Reading {
            if index + used < tokens.count, let scale = scaleWords[tokens[index + used].lowercased] {
                return Reading(value: base * scale, count: used + 1, precision: precision * scale)
            }
            return Reading(value: base, count: used, precision: precision)
        }
        if token.kind == .number, let base = value(token.text) {
            return scaled(base, 1, precision(of: base))
        }
        guard token.kind == .word else { return nil }
        let word = token.lowercased
        // "twenty-five", "seventy-two": a tens word joined to a unit word.
        let parts = word.split(separator: "-").map(String.init)
        if parts.count == 2, let tens = numberWords[parts[0]], let ones = numberWords[parts[1]], tens >= 20, ones < 10 {
            return scaled(tens + ones, 1, 0.5)
        }
        guard var base = numberWords[word] else { return nil }
        if articleWords.contains(word) {
            // Only "a mile", "a kilometre", "a half": never the article before other words.
            guard index + 1 < tokens.count,
                ClaimLexicon.units[tokens[index + 1].lowercased] != nil
                    || tokens[index + 1].lowercased.hasPrefix("mile-")
                    || tokens[index + 1].lowercased.hasPrefix("kilomet")
            else {
                return nil
            }
        }
        var used = 1
        var precision = 0.5
        // "two and a half", "dua setengah", "dua koma lima" is not read (rare in news).
        if index + 3 < tokens.count, tokens[index + 1].lowercased == "and",
            articleWords.contains(tokens[index + 2].lowercased),
            tokens[index + 3].lowercased == "half"
        {
            base += 0.5
            used = 4
            precision = 0.25
        } else if index + 1 < tokens.count, tokens[index + 1].lowercased == "setengah", base >= 1 {
            base += 0.5
            used = 2
            precision = 0.25
        }
        return scaled(base, used, precision)
    }

    /// Half the unit of the last significant digit of a written number ("290" → 5, "1.000" → 500, "73,7" → 0.05).
    /// Computed in floating point, so any finite figure is safe (no conversion to `Int`).
    public static func precision(of value: Double) -> Double {
        guard value.isFinite, value > 0 else { return 0 }
        var unit = 1.0
        if value == value.rounded() {
            var rest = value
            while rest >= 10, (rest / 10).rounded() == rest / 10 {
                rest /= 10
                unit *= 10
            }
        } else {
            var scaled = value
            while scaled != scaled.rounded(), unit > 1e-6 {
                scaled *= 10
                unit /= 10
            }
        }
        return unit / 2
    }
}

private extension String {
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
