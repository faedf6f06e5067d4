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

    /// Number words that stand alone.
    public static let numberWords: [String: Double] = [
        "seribu": 1000, "sejuta": 1e6, "ratusan": 100, "ribuan": 1000, "puluhan": 10, "hundreds": 100,
        "thousands": 1000, "seratus": 100, "sepuluh": 10, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "hundred": 100,
    ]

    /// Reads a number from `tokens` at `index`: digits with an optional scale word after them, or a
    /// number word. Returns the value and how many tokens it used.
    public static func read(_ tokens: [Token], at index: Int) -> (value: Double, count: Int)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .number, let base = value(token.text) {
            if index + 1 < tokens.count, let scale = scaleWords[tokens[index + 1].lowercased] {
                return (base * scale, 2)
            }
            return (base, 1)
        }
        if token.kind == .word, let word = numberWords[token.lowercased] {
            if index + 1 < tokens.count, let scale = scaleWords[tokens[index + 1].lowercased] {
                return (word * scale, 2)
            }
            return (word, 1)
        }
        return nil
    }
}

private extension String {
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
