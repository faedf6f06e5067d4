import RouteCheckGeo

/// A point given as coordinates in the text: "8,38 LS dan 109,30 BT", "7.196° Lintang Selatan dan 105.918°
/// Bujur Timur", "4.394°S, 102.654°E", "1.75 degrees southern latitude and 128.98 degrees eastern longitude".
public struct InTextCoordinate: Sendable, Hashable {
    /// From the first number to the last hemisphere word.
    public let span: TextSpan
    public let coordinate: GeographicCoordinate
    /// Token indexes of the first and last token.
    let firstToken: Int
    let lastToken: Int
}

/// Finds latitude/longitude pairs written with hemisphere words (Indonesian BMKG style, English USGS style).
/// Numbers here always use "." or "," as the decimal mark ("9,43", "102.654"). A pair needs both halves
/// within eight tokens, one a latitude and one a longitude, each with its hemisphere; anything else is not read.
enum InTextCoordinateReader {
    enum Axis { case latitude, longitude }
    struct Half {
        let axis: Axis
        let value: Double
        let first: Int
        let last: Int
    }

    /// Multi-word hemisphere names, lower-case, with the axis and sign.
    static let hemisphereWords: [(words: [String], axis: Axis, sign: Double)] = [
        (["lintang", "selatan"], .latitude, -1), (["lintang", "utara"], .latitude, 1),
        (["bujur", "timur"], .longitude, 1), (["bujur", "barat"], .longitude, -1),
        (["southern", "latitude"], .latitude, -1), (["south", "latitude"], .latitude, -1),
        (["northern", "latitude"], .latitude, 1), (["north", "latitude"], .latitude, 1),
        (["eastern", "longitude"], .longitude, 1), (["east", "longitude"], .longitude, 1),
        (["western", "longitude"], .longitude, -1), (["west", "longitude"], .longitude, -1),
    ]
    /// Abbreviations, matched case-sensitively; one-letter ones only right after a degree sign or the number.
    static let hemisphereAbbreviations: [String: (Axis, Double)] = [
        "LS": (.latitude, -1), "LU": (.latitude, 1), "BT": (.longitude, 1), "BB": (.longitude, -1),
        "S": (.latitude, -1), "N": (.latitude, 1), "E": (.longitude, 1), "W": (.longitude, -1),
    ]
    /// Single words after a degree marker: "1.75 degrees south".
    static let hemisphereAfterDegrees: [String: (Axis, Double)] = [
        "south": (.latitude, -1), "north": (.latitude, 1), "east": (.longitude, 1), "west": (.longitude, -1),
        "selatan": (.latitude, -1), "utara": (.latitude, 1), "timur": (.longitude, 1), "barat": (.longitude, -1),
    ]
    /// The axis words of ``hemisphereWords`` that come first ("lintang selatan").
    static let axisWords = ["lintang", "bujur"]

    /// True when `a` becomes `b` with at most one letter inserted, deleted or replaced.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard abs(x.count - y.count) <= 1 else { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count {
                i += 1
            } else if x.count < y.count {
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }

    static let degreeMarkers: Set<String> = ["°", "º", "derajat", "degrees", "degree", "deg"]

    static func read(_ tokens: [Token]) -> [InTextCoordinate] {
        var halves: [Half] = []
        var index = 0
        while index < tokens.count {
            if let half = half(tokens, at: index) {
                halves.append(half)
                index = half.last + 1
            } else {
                index += 1
            }
        }
        var found: [InTextCoordinate] = []
        var k = 0
        while k + 1 < halves.count {
            let a = halves[k], b = halves[k + 1]
            guard a.axis != b.axis, b.first - a.last <= 8 else {
                k += 1
                continue
            }
            let latitude = a.axis == .latitude ? a.value : b.value
            let longitude = a.axis == .longitude ? a.value : b.value
            if let coordinate = try? GeographicCoordinate(validatingLatitude: latitude, longitude: longitude) {
                found.append(
                    InTextCoordinate(
                        span: TextSpan(start: tokens[a.first].span.start, end: tokens[b.last].span.end),
                        coordinate: coordinate, firstToken: a.first, lastToken: b.last))
            }
            k += 2
        }
        return found
    }

    /// A number followed by an optional degree marker and a hemisphere.
    static func half(_ tokens: [Token], at index: Int) -> Half? {
        guard tokens[index].kind == .number, let magnitude = decimal(tokens[index].text) else { return nil }
        var cursor = index + 1
        var sawDegrees = false
        if cursor < tokens.count, degreeMarkers.contains(tokens[cursor].lowercased) {
            cursor += 1
            sawDegrees = true
        }
        guard cursor < tokens.count else { return nil }
        let word = tokens[cursor]
        for (words, axis, sign) in hemisphereWords where cursor + words.count <= tokens.count {
            if words.indices.allSatisfy({ tokens[cursor + $0].lowercased == words[$0] }) {
                return Half(axis: axis, value: sign * magnitude, first: index, last: cursor + words.count - 1)
            }
        }
        if let (axis, sign) = hemisphereAbbreviations[word.text] {
            let attached = word.span.start == tokens[cursor - 1].span.end
            if word.text.count == 2 || attached || sawDegrees {
                return Half(axis: axis, value: sign * magnitude, first: index, last: cursor)
            }
        }
        // "7.196° Lintaang Selatan": an axis word misspelt by one letter before the hemisphere.
        if sawDegrees, cursor + 1 < tokens.count, axisWords.contains(where: { withinOneEdit(word.lowercased, $0) }),
            let (axis, sign) = hemisphereAfterDegrees[tokens[cursor + 1].lowercased]
        {
            return Half(axis: axis, value: sign * magnitude, first: index, last: cursor + 1)
        }
        if sawDegrees, let (axis, sign) = hemisphereAfterDegrees[word.lowercased] {
            // "1.75 degrees south latitude" is caught above; "1.75 degrees south" here.
            return Half(axis: axis, value: sign * magnitude, first: index, last: cursor)
        }
        return nil
    }

    /// "9,43" → 9.43, "102.654" → 102.654: one separator, always decimal; more than one is not a coordinate.
    static func decimal(_ text: String) -> Double? {
        let separators = text.filter { $0 == "." || $0 == "," }.count
        guard separators <= 1 else { return nil }
        return Double(String(text.map { $0 == "," ? "." : $0 }))
    }
}
