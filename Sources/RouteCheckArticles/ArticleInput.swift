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
        case .tooLong(let source, let bytes, let limit):
            "\(source): \(bytes) bytes or more, over the limit of \(limit) bytes for one article (not read further)"
        case .badJSONLine(let source, let line, let message): "\(source):\(line): \(message)"
        }
    }
}

/// Reads articles from files: plain UTF-8 text (one article a file) or JSON Lines (`.jsonl`,
/// one `{"id": "...", "text": "..."}` object a line).
public enum ArticleReader {
    /// Largest article accepted, in bytes (a news article is rarely over 50 KB).
    public static let maximumBytes = 2_000_000

    /// Largest JSON Lines line accepted, in bytes: one article's limit with room for JSON escapes.
    public static let maximumLineBytes = 4 * maximumBytes

    /// Reads one file. JSON Lines (`.jsonl`, `.ndjson`) give one result a line, so a bad line does not lose the
    /// others, and are read a line at a time (memory bounded by the longest line, not the file). A plain text file
    /// over ``maximumBytes`` is refused from its size, before it is read.
    public static func read(path: String) -> [Result<ArticleInput, ArticleInputError>] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
            return [.failure(.unreadable(source: path, message: reason))]
        }
        defer { try? handle.close() }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let type = attributes?[.type] as? FileAttributeType, type == .typeDirectory {
            return [.failure(.unreadable(source: path, message: "is a directory"))]
        }
        if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") { return readJSONLines(handle, source: path) }
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maximumBytes,
            attributes?[.type] as? FileAttributeType == .typeRegular
        {
            return [.failure(.tooLong(source: path, bytes: size, limit: maximumBytes))]
        }
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return [read(handle, id: id, source: path)]
    }

    /// Reads one article from an open handle (a file or standard input), at most ``maximumBytes`` + 1 bytes:
    /// `yes | routecheck analyze -` is refused as too long instead of filling memory.
    public static func read(_ handle: FileHandle, id: String, source: String) -> Result<ArticleInput, ArticleInputError>
    {
        var data = Data()
        do {
            while data.count <= maximumBytes {
                guard let chunk = try handle.read(upToCount: min(1 << 20, maximumBytes + 1 - data.count)),
                    !chunk.isEmpty
                else { break }
                data.append(chunk)
            }
        } catch {
            return .failure(.unreadable(source: source, message: (error as NSError).localizedDescription))
        }
        if data.count > maximumBytes {
            return .failure(.tooLong(source: source, bytes: data.count, limit: maximumBytes))
        }
        return decode(data, id: id, source: source)
    }

    /// Decodes one article's bytes, refusing invalid UTF-8, binary data, empty and over-long input.
    public static func decode(_ data: Data, id: String, source: String) -> Result<ArticleInput, ArticleInputError> {
        if data.count > maximumBytes {
            return .failure(.tooLong(source: source, bytes: data.count, limit: maximumBytes))
        }
        let bytes = [UInt8](data)
        if let bad = firstInvalidUTF8(bytes) { return .failure(.invalidUTF8(source: source, byteOffset: bad)) }
        let controls = bytes.lazy.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }.count
        if bytes.contains(0) || (bytes.count > 0 && controls * 20 > bytes.count) {
            return .failure(.binary(source: source))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.allSatisfy(\.isWhitespace) { return .failure(.empty(source: source)) }
        return .success(ArticleInput(id: id, text: text, source: source))
    }

    /// Reads JSON Lines from a handle a chunk (1 MiB) at a time.
    static func readJSONLines(_ handle: FileHandle, source: String) -> [Result<ArticleInput, ArticleInputError>] {
        Array(IteratorSequence(JSONLinesReader(source: source) { try handle.read(upToCount: 1 << 20) }))
    }

    /// Reads JSON Lines held in memory, handed over `chunkSize` bytes at a time as a file would be (tests and
    /// fuzzing use small chunks and limits to reach every line-boundary case).
    public static func readJSONLines(
        _ data: Data, source: String, chunkSize: Int = 1 << 20,
        lineLimit: Int = maximumLineBytes
    ) -> [Result<ArticleInput, ArticleInputError>] {
        var offset = data.startIndex
        let size = max(1, chunkSize)
        return Array(
            IteratorSequence(
                JSONLinesReader(source: source, lineLimit: lineLimit) {
                    guard offset < data.endIndex else { return nil }
                    let end = data.index(offset, offsetBy: size, limitedBy: data.endIndex) ?? data.endIndex
                    defer { offset = end }
                    return data.subdata(in: offset..<end)
                }))
    }

    /// One JSON Lines line as an article, an error naming the line, or nil for a blank line.
    static func decodeJSONLine(_ line: Data, number: Int, source: String) -> Result<ArticleInput, ArticleInputError>? {
        struct Line: Decodable {
            let id: String?
            let text: String?
        }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return nil }
        guard let item = try? JSONDecoder().decode(Line.self, from: line) else {
            return .failure(.badJSONLine(source: source, line: number, message: "not a JSON object"))
        }
        guard let text = item.text else {
            return .failure(.badJSONLine(source: source, line: number, message: "no \"text\" member"))
        }
        return decode(Data(text.utf8), id: item.id ?? "line-\(number)", source: "\(source):\(number)")
    }

    /// Offset of the first byte that breaks UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F:
                index += 1
                continue
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

/// Articles of a JSON Lines source, one a call to `next()`, read a chunk at a time: memory is bounded by the
/// longest line kept (``ArticleReader/maximumLineBytes``), not by the file. A line over `lineLimit` bytes is
/// refused by number and skipped without being kept; blank lines are skipped; a source with no line at all
/// gives one `empty` error; a read error ends the source with an `unreadable` error.
public struct JSONLinesReader: IteratorProtocol {
    let source: String
    let lineLimit: Int
    let nextChunk: () throws -> Data?
    private var chunk = Data()
    private var position = 0
    private var pending = Data()
    private var lineNumber = 0
    private var skippingLongLine = false
    private var exhausted = false
    private var gaveAny = false

    /// - Parameters:
    ///   - nextChunk: the next bytes of the source, nil or empty at its end.
    public init(
        source: String, lineLimit: Int = ArticleReader.maximumLineBytes, nextChunk: @escaping () throws -> Data?
    ) {
        self.source = source
        self.lineLimit = lineLimit
        self.nextChunk = nextChunk
    }

    public mutating func next() -> Result<ArticleInput, ArticleInputError>? {
        while true {
            if position < chunk.endIndex {
                if let newline = chunk[position...].firstIndex(of: 0x0A) {
                    keep(chunk[position..<newline])
                    position = newline + 1
                    if let result = finishLine() { return result }
                    continue
                }
                keep(chunk[position...])
                position = chunk.endIndex
            }
            if exhausted {
                if !pending.isEmpty || skippingLongLine {
                    if let result = finishLine() { return result }
                    continue
                }
                if !gaveAny {
                    gaveAny = true
                    return .failure(.empty(source: source))
                }
                return nil
            }
            do {
                if let next = try nextChunk(), !next.isEmpty {
                    chunk = next.startIndex == 0 ? next : Data(next)
                    position = 0
                } else {
                    exhausted = true
                }
            } catch {
                exhausted = true
                pending = Data()
                skippingLongLine = false
                gaveAny = true
                return .failure(.unreadable(source: source, message: (error as NSError).localizedDescription))
            }
        }
    }

    private mutating func keep(_ bytes: Data) {
        guard !skippingLongLine else { return }
        pending.append(bytes)
        if pending.count > lineLimit {
            skippingLongLine = true
            pending = Data()
        }
    }

    private mutating func finishLine() -> Result<ArticleInput, ArticleInputError>? {
        lineNumber += 1
        defer { pending.removeAll(keepingCapacity: true) }
        if skippingLongLine {
            skippingLongLine = false
            gaveAny = true
            return .failure(.tooLong(source: "\(source):\(lineNumber)", bytes: lineLimit + 1, limit: lineLimit))
        }
        guard let result = ArticleReader.decodeJSONLine(pending, number: lineNumber, source: source) else { return nil }
        gaveAny = true
        return result
    }
}

/// The articles of a list of inputs, one at a time, in order: files (plain text or JSON Lines) and `-` for standard
/// input. JSON Lines are read a chunk at a time, so a batch of any size is read in bounded memory.
public struct ArticleStream: IteratorProtocol {
    private var files: IndexingIterator<[String]>
    private var lines: JSONLinesReader?
    private var handle: FileHandle?

    public init(files: [String]) {
        self.files = files.makeIterator()
    }

    public mutating func next() -> Result<ArticleInput, ArticleInputError>? {
        while true {
            if var reader = lines {
                let item = reader.next()
                lines = reader
                if let item { return item }
                lines = nil
                try? handle?.close()
                handle = nil
            }
            guard let file = files.next() else { return nil }
            if file == "-" { return ArticleReader.read(FileHandle.standardInput, id: "stdin", source: "stdin") }
            guard file.hasSuffix(".jsonl") || file.hasSuffix(".ndjson") else {
                return ArticleReader.read(path: file).first ?? .failure(.empty(source: file))
            }
            var isFolder: ObjCBool = false
            guard let opened = FileHandle(forReadingAtPath: file),
                !(FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) && isFolder.boolValue)
            else {
                // Let the whole-file reader name the problem (missing, unreadable, a folder).
                return ArticleReader.read(path: file).first ?? .failure(.empty(source: file))
            }
            handle = opened
            lines = JSONLinesReader(source: file) { try opened.read(upToCount: 1 << 20) }
        }
    }

    /// How many articles the inputs hold, counted cheaply for a progress bar: a JSON Lines file's non-empty lines,
    /// one for any other input. Nil when standard input is among them (it can be read only once).
    public static func estimatedCount(of files: [String]) -> Int? {
        var total = 0
        for file in files {
            if file == "-" { return nil }
            guard file.hasSuffix(".jsonl") || file.hasSuffix(".ndjson"), let handle = FileHandle(forReadingAtPath: file)
            else {
                total += 1
                continue
            }
            defer { try? handle.close() }
            var previous: UInt8 = 0x0A
            while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                for byte in chunk {
                    if byte == 0x0A, previous != 0x0A { total += 1 }
                    previous = byte
                }
            }
            if previous != 0x0A { total += 1 }
        }
        return total
    }
}
