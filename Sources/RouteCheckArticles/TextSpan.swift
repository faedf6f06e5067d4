/// A range of an article's text in Unicode scalar offsets (code points, as Python's `str` indexes),
/// `start` inclusive, `end` exclusive.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    public let start: Int
    public let end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
}

/// An article's text as Unicode scalars, so spans index it in O(1).
public struct ArticleText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The text of a span (clamped to the text; an empty or reversed span gives ""). Encodes UTF-8 directly:
    /// building a `String.UnicodeScalarView` scalar by scalar took a tenth of the reader's time.
    public subscript(span: TextSpan) -> String {
        let start = max(0, span.start), end = min(scalars.count, span.end)
        guard start < end else { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start)
        for scalar in scalars[start..<end] {
            if scalar.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public var count: Int { scalars.count }
}
