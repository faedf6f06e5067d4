import Foundation

/// Normalises place names for look-up, identically to `Scripts/normalize.py` (which built the index):
/// compatibility decomposition with nonspacing marks dropped, lower case, a few letters spelled out
/// (ß → ss, ø → o, ł → l …), apostrophes removed, and every other character that is not a letter or
/// digit turned into a single space. So "L’gov", "L'gov" and "Lgov" all give "lgov", and
/// "Rostov-on-Don" gives "rostov on don".
public enum NameNormalizer {
    static let apostrophes: Set<Unicode.Scalar> = [
        "'", "\u{2019}", "\u{2018}", "\u{02BC}", "\u{02B9}", "`", "\u{00B4}", "\u{02BB}",
    ]
    static let spelled: [Unicode.Scalar: String] = [
        "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d",
    ]

    public static func normalize(_ text: String) -> String {
        normalizeASCII(text) ?? normalizeUnicode(text)
    }

    /// The general path, for any text.
    static func normalizeUnicode(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        func emit(_ scalar: Unicode.Scalar) {
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            for lower in String(scalar).lowercased().unicodeScalars {
                let pieces = spelled[lower].map { Array($0.unicodeScalars) } ?? [lower]
                for piece in pieces {
                    if apostrophes.contains(piece) { continue }
                    if isAlphanumeric(piece) { emit(piece) } else { pendingSpace = true }
                }
            }
        }
        return String(out)
    }

    /// The same result for text that is all ASCII (most tokens of most articles), without Unicode tables:
    /// decomposition leaves ASCII alone and no spelled-out letter is ASCII. Nil for any other text.
    static func normalizeASCII(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "'"), UInt8(ascii: "`"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingSpace && !out.isEmpty { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                out.append(byte | (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? 0x20 : 0))
            default:
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Python's str.isalnum for one character: letters (L*) and numbers with a numeric value.
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
