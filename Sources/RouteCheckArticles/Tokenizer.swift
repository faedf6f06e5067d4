/// A token of article text with its span.
package struct Token: Sendable, Hashable {
    package enum Kind: Sendable, Hashable { case word, number, punctuation }
    package let text: String
    package let span: TextSpan
    package let kind: Kind
    /// The text in lower case, made once: the grammar compares it with its cue words many times a token.
    package let lowercased: String

    package init(text: String, span: TextSpan, kind: Kind) {
        self.text = text
        self.span = span
        self.kind = kind
        lowercased = Self.lowercase(text)
    }

    /// Starts with an upper-case letter ("Najin", "WASHINGTON").
    package var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }

    /// `String.lowercased()`, with a direct path for ASCII text.
    static func lowercase(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.lowercased() }
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return text }
        return String(
            decoding: text.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 },
            as: UTF8.self)
    }
}

/// Splits text into words, numbers and punctuation, keeping offsets.
///
/// Words keep inner hyphens and apostrophes ("kota-kota", "L'gov", "Rostov-on-Don"); numbers keep
/// inner dots and commas ("1.000", "2,5", "60.000"), and a leading currency sign stays separate.
package enum Tokenizer {
    package static func tokenize(_ text: ArticleText) -> [Token] {
        let s = text.scalars
        var tokens: [Token] = []
        var i = 0
        func isLetter(_ c: Unicode.Scalar) -> Bool {
            if c.isASCII { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
            return c.properties.isAlphabetic
        }
        func isSpace(_ c: Unicode.Scalar) -> Bool {
            if c.isASCII { return c == " " || (c.value >= 0x09 && c.value <= 0x0D) }
            return c.properties.isWhitespace
        }
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        func isJoiner(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "'" || c == "\u{2019}" || c == "\u{2010}" }
        while i < s.count {
            let c = s[i]
            if isSpace(c) {
                i += 1
                continue
            }
            let start = i
            if isDigit(c) {
                i += 1
                while i < s.count {
                    if isDigit(s[i]) {
                        i += 1
                        continue
                    }
                    if s[i] == "." || s[i] == ",", i + 1 < s.count, isDigit(s[i + 1]) {
                        i += 2
                        continue
                    }
                    break
                }
                // "1.000-an", "3/11/2022" stay split at the slash; letters glued to digits form one word ("US$2,1").
                tokens.append(
                    Token(
                        text: text[TextSpan(start: start, end: i)], span: TextSpan(start: start, end: i), kind: .number)
                )
            } else if isLetter(c) {
                i += 1
                while i < s.count {
                    if isLetter(s[i]) || isDigit(s[i]) {
                        i += 1
                        continue
                    }
                    // A hyphen or apostrophe joins letters ("kota-kota", "Rostov-on-Don", "L'gov"), but not an
                    // all-capitals run to a capitalised word ("SATUHARAPAN.COM-Korea" in a dateline).
                    // A hyphen joins a digit only to a short or all-capitals code ("S-300", "Su-27"), so a
                    // coordinate run together with a word ("Lintang Selatan-123,77 Bujur Timur") splits.
                    if isJoiner(s[i]), i + 1 < s.count, isDigit(s[i + 1]),
                        !(i - start <= 3 || (start..<i).allSatisfy({ s[$0].properties.isUppercase || isDigit(s[$0]) }))
                    {
                        break
                    }
                    if isJoiner(s[i]), i + 1 < s.count, isLetter(s[i + 1]) || isDigit(s[i + 1]),
                        !(s[i - 1].properties.isUppercase && s[i + 1].properties.isUppercase && i >= 2
                            && s[i - 2].properties.isUppercase)
                    {
                        i += 2
                        continue
                    }
                    if s[i] == ".", i + 1 < s.count, isLetter(s[i + 1]), i + 2 < s.count, s[i + 2] == "." {
                        i += 2
                        continue // "U.S." / "D.C."
                    }
                    if s[i] == ".", i - start <= 2, i + 3 < s.count, isLetter(s[i + 1]), isLetter(s[i + 2]),
                        s[i + 3] == "."
                    {
                        i += 3
                        continue // "W.Va."
                    }
                    // "W. Va.", "N. Y.": a capital initial, a space, a capitalised part of up to three letters and its
                    // full
                    // stop; the last full stop stays outside the token, as in "S.C".
                    // "St. Louis", "Mt. Pleasant": a name's abbreviated first word keeps its full stop.
                    if s[i] == ".", i + 2 < s.count, s[i + 1] == " ", s[i + 2].properties.isUppercase,
                        isNameAbbreviation(s, from: start, to: i)
                    {
                        i += 1
                        break
                    }
                    if s[i] == ".", i - start == 1, s[start].properties.isUppercase, i + 3 < s.count, s[i + 1] == " ",
                        s[i + 2].properties.isUppercase
                    {
                        var end = i + 3
                        while end < s.count, end - (i + 2) < 3, isLetter(s[end]) { end += 1 }
                        if end < s.count, s[end] == "." {
                            i = end
                            continue
                        }
                    }
                    break
                }
                tokens.append(
                    Token(text: text[TextSpan(start: start, end: i)], span: TextSpan(start: start, end: i), kind: .word)
                )
            } else {
                i += 1
                tokens.append(Token(text: String(c), span: TextSpan(start: start, end: i), kind: .punctuation))
            }
        }
        return tokens
    }

    /// Sentence spans: a sentence ends at a line break, or at '.', '!' or '?' followed by white space
    /// and an upper-case letter, a quote or a digit. A hard-wrapped line does not end one: a single line break
    /// after a line that ends without terminal punctuation, before a line that goes on in lower case, with a
    /// digit or a bracket, or after a comma ("… 73,7 km (45,8⏎mil) barat daya …").
    package static func sentences(_ text: ArticleText) -> [TextSpan] {
        let s = text.scalars
        var spans: [TextSpan] = []
        var start = 0
        func push(_ end: Int) {
            var a = start, b = end
            while a < b, s[a].properties.isWhitespace { a += 1 }
            while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
            if b > a { spans.append(TextSpan(start: a, end: b)) }
            start = end
        }
        var i = 0
        while i < s.count {
            if s[i] == "\n" {
                if !isWrappedLine(s, at: i) { push(i + 1) }
            } else if s[i] == "." || s[i] == "!" || s[i] == "?" {
                var wordStart = i
                while wordStart > 0, s[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
                if s[i] == ".", wordStart < i, wordStart == 0 || !s[wordStart - 1].properties.isAlphabetic,
                    isNameAbbreviation(s, from: wordStart, to: i)
                {
                    i += 1
                    continue // "St. Louis" goes on.
                }
                var j = i + 1
                while j < s.count, s[j] == "\u{201D}" || s[j] == "\"" || s[j] == ")" { j += 1 }
                if j < s.count, s[j] == " " {
                    var k = j
                    while k < s.count, s[k] == " " { k += 1 }
                    if k < s.count, s[k].properties.isUppercase || s[k] == "\u{201C}" || s[k] == "\"" {
                        push(j)
                    }
                }
            }
            i += 1
        }
        push(s.count)
        return spans
    }

    /// Whether the capitalised word at `start..<end` is an abbreviation that opens a place's name ("St", "Mt"; see
    /// ``ReadingLexicon/nameAbbreviations``).
    static func isNameAbbreviation(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        guard end - start >= 2, end - start <= 3, s[start].properties.isUppercase else { return false }
        var word = ""
        for scalar in s[start..<end] { word.unicodeScalars.append(scalar) }
        return ReadingLexicon.combined.nameAbbreviations[word.lowercased()] != nil
    }

    /// Whether the line break at `index` only wraps a sentence (see ``sentences(_:)``).
    static func isWrappedLine(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0, s[before] == " " || s[before] == "\t" || s[before] == "\r" { before -= 1 }
        var after = index + 1
        while after < s.count, s[after] == " " || s[after] == "\t" || s[after] == "\r" { after += 1 }
        guard before >= 0, after < s.count, s[before] != "\n", s[after] != "\n" else { return false }
        let last = s[before], next = s[after]
        if ".!?:;\"\u{201D}".unicodeScalars.contains(last) { return false }
        return last == "," || next.properties.isLowercase || ("0"..."9").contains(next) || next == "("
    }
}
