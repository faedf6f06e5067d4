import Foundation

/// One article to read: an identifier, its text, and where it came from (for messages).
public struct ArticleInput: Sendable, Hashable {
    public let id: String
    public let text: String
    /// "Data/articles/000.txt", "batch.jsonl:12", "stdin".
    public let source: String

    public init(id: String, text: String, source: String) {
        self.id = id
        self.text = text
        self.source = source
    }
}

/// Why an input could not be read. Each names the input; a batch goes on with the others.
public enum ArticleInputError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(source: String, message: String)
    case invalidUTF8(source: String, byteOffset: Int)
    case empty(source: String)
    case binary(source: String)
    case tooLong(source: String, bytes: Int, limit: Int)
    case badJSONLine(source: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .unreadable(let source, let message): "\(source): cannot read: \(message)"
        case .invalidUTF8(let source, let offset): "\(source): not valid UTF-8 (first bad byte at offset \(offset))"
        case .empty(let source): "\(source): empty input, nothing to analyse"
        case .binary(let source): "\(source): looks like binary data, not text"
        case .tooLong(let source, let bytes, let limit): "\(source): \(bytes) bytes is over the limit of \(limit) bytes for one article"
        case .badJSONLine(let source, let line, let message): "\(source):\(line): \(message)"
        }
    }
}

/// Reads articles from files: plain UTF-8 text (one article a file) or JSON Lines (`.jsonl`,
/// one `{"id": "...", "text": "..."}` object a line).
public enum ArticleReader {
    /// Largest article accepted, in bytes (a news article is rarely over 50 KB).
    public static let maximumBytes = 2_000_000

    /// Reads one file. JSON Lines give one result a line, so a bad line does not lose the others.
    public static func read(path: String) -> [Result<ArticleInput, ArticleInputError>] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return [.failure(.unreadable(source: path, message: (error as NSError).localizedDescription))]
        }
        if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") { return readJSONLines(data, source: path) }
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return [decode(data, id: id, source: path)]
    }

    /// Decodes one article's bytes, refusing invalid UTF-8, binary data, empty and over-long input.
    public static func decode(_ data: Data, id: String, source: String) -> Result<ArticleInput, ArticleInputError> {
        if data.count > maximumBytes { return .failure(.tooLong(source: source, bytes: data.count, limit: maximumBytes)) }
        let bytes = [UInt8](data)
        if let bad = firstInvalidUTF8(bytes) { return .failure(.invalidUTF8(source: source, byteOffset: bad)) }
        let controls = bytes.lazy.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }.count
        if bytes.contains(0) || (bytes.count > 0 && controls * 20 > bytes.count) { return .failure(.binary(source: source)) }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.allSatisfy(\.isWhitespace) { return .failure(.empty(source: source)) }
        return .success(ArticleInput(id: id, text: text, source: source))
    }

    static func readJSONLines(_ data: Data, source: String) -> [Result<ArticleInput, ArticleInputError>] {
        struct Line: Decodable { let id: String?; let text: String? }
        var results: [Result<ArticleInput, ArticleInputError>] = []
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            let where_ = "\(source):\(number + 1)"
            do {
                let item = try JSONDecoder().decode(Line.self, from: Data(line))
                guard let text = item.text else {
                    results.append(.failure(.badJSONLine(source: source, line: number + 1, message: "no \"text\" member")))
                    continue
                }
                results.append(decode(Data(text.utf8), id: item.id ?? "line-\(number + 1)", source: where_))
            } catch {
                results.append(.failure(.badJSONLine(source: source, line: number + 1, message: "not a JSON object")))
            }
        }
        if results.isEmpty { results.append(.failure(.empty(source: source))) }
        return results
    }

    /// Offset of the first byte that breaks UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for k in 1..<length where bytes[index + k] & 0xC0 != 0x80 { return index }
            if length == 3 {
                let second = bytes[index + 1]
                if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F) { return index }
            }
            if length == 4 {
                let second = bytes[index + 1]
                if (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second > 0x8F) { return index }
            }
            index += length
        }
        return nil
    }
}
