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

    public subscript(span: TextSpan) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[max(0, span.start)..<min(scalars.count, span.end)])
        return String(view)
    }

    public var count: Int { scalars.count }
}
