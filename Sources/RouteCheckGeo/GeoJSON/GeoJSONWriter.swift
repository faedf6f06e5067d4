import Foundation

/// Writes RFC 7946 GeoJSON text.
///
/// Output is deterministic: members in a fixed order (`type` first), property keys sorted,
/// coordinates rounded to ``coordinatePrecision`` decimals (7 by default, about 1 cm) with trailing
/// zeros removed. Non-finite numbers in properties are written as `null`.
public struct GeoJSONWriter: Sendable {
    /// Decimals kept in coordinates and bounding boxes.
    public var coordinatePrecision: Int

    public init(coordinatePrecision: Int = 7) {
        self.coordinatePrecision = max(0, min(15, coordinatePrecision))
    }

    /// The record separator that starts every record of a GeoJSON Text Sequence (RFC 8142).
    public static let recordSeparator = "\u{1E}"

    public func string(_ document: GeoJSON) -> String {
        var out = ""
        switch document {
        case .geometry(let geometry): write(geometry, to: &out)
        case .feature(let feature): write(feature, to: &out)
        case .featureCollection(let collection): write(collection, to: &out)
        }
        return out
    }

    public func string(_ feature: Feature) -> String { string(.feature(feature)) }
    public func string(_ collection: FeatureCollection) -> String { string(.featureCollection(collection)) }
    public func string(_ geometry: Geometry) -> String { string(.geometry(geometry)) }

    /// One RFC 8142 record: RS, the JSON text, LF.
    public func sequenceRecord(_ document: GeoJSON) -> String {
        Self.recordSeparator + string(document) + "\n"
    }

    func write(_ collection: FeatureCollection, to out: inout String) {
        out += "{\"type\":\"FeatureCollection\""
        if let bbox = collection.bbox { writeBBox(bbox, to: &out) }
        for key in collection.foreignMembers.keys.sorted() where !["type", "features", "bbox"].contains(key) {
            out += ","
            Self.appendQuoted(key, to: &out)
            out += ":"
            Self.write(collection.foreignMembers[key] ?? .null, to: &out)
        }
        out += ",\"features\":["
        for (index, feature) in collection.features.enumerated() {
            if index > 0 { out += "," }
            write(feature, to: &out)
        }
        out += "]}"
    }

    func write(_ feature: Feature, to out: inout String) {
        out += "{\"type\":\"Feature\""
        switch feature.id {
        case .string(let id)?:
            out += ",\"id\":"
            Self.appendQuoted(id, to: &out)
        case .number(let id)?:
            out += ",\"id\":"
            Self.write(.finite(id), to: &out)
        case nil: break
        }
        if let bbox = feature.bbox { writeBBox(bbox, to: &out) }
        out += ",\"geometry\":"
        if let geometry = feature.geometry { write(geometry, to: &out) } else { out += "null" }
        out += ",\"properties\":"
        if let properties = feature.properties { Self.write(.object(properties), to: &out) } else { out += "null" }
        out += "}"
    }

    func write(_ geometry: Geometry, to out: inout String) {
        out += "{\"type\":\"\(geometry.typeName)\","
        switch geometry {
        case .geometryCollection(let collection):
            out += "\"geometries\":["
            for (index, member) in collection.geometries.enumerated() {
                if index > 0 { out += "," }
                write(member, to: &out)
            }
            out += "]}"
            return
        case .point(let point):
            out += "\"coordinates\":"
            writePosition(point.position, to: &out)
        case .lineString(let line):
            out += "\"coordinates\":"
            writePositions(line.positions, to: &out)
        case .multiPoint(let multi):
            out += "\"coordinates\":"
            writePositions(multi.positions, to: &out)
        case .polygon(let polygon):
            out += "\"coordinates\":"
            writeRings(polygon, to: &out)
        case .multiLineString(let multi):
            out += "\"coordinates\":["
            for (index, line) in multi.lineStrings.enumerated() {
                if index > 0 { out += "," }
                writePositions(line.positions, to: &out)
            }
            out += "]"
        case .multiPolygon(let multi):
            out += "\"coordinates\":["
            for (index, polygon) in multi.polygons.enumerated() {
                if index > 0 { out += "," }
                writeRings(polygon, to: &out)
            }
            out += "]"
        }
        out += "}"
    }

    private func writeRings(_ polygon: Polygon, to out: inout String) {
        out += "["
        if !polygon.exterior.isEmpty {
            for (index, ring) in polygon.rings.enumerated() {
                if index > 0 { out += "," }
                writePositions(ring, to: &out)
            }
        }
        out += "]"
    }

    private func writePositions(_ positions: [Position], to out: inout String) {
        out += "["
        for (index, position) in positions.enumerated() {
            if index > 0 { out += "," }
            writePosition(position, to: &out)
        }
        out += "]"
    }

    private func writePosition(_ position: Position, to out: inout String) {
        out += "["
        out += formatCoordinate(position.x)
        out += ","
        out += formatCoordinate(position.y)
        out += "]"
    }

    private func writeBBox(_ bbox: BoundingBox, to out: inout String) {
        out += ",\"bbox\":[" + bbox.values.map(formatCoordinate).joined(separator: ",") + "]"
    }

    /// Formats a coordinate with at most `coordinatePrecision` decimals, trailing zeros removed ("-0" as "0").
    /// Coordinates are scaled to an integer and its digits written directly (a tenth of the time of
    /// `String(format:)`, which dominated writing); values too large for that take the `printf` path.
    public func formatCoordinate(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let scaled = (value * Self.powersOfTen[coordinatePrecision]).rounded()
        guard coordinatePrecision < Self.powersOfTen.count - 1, abs(scaled) < 1e15 else {
            return Self.trimmed(String(format: "%.\(coordinatePrecision)f", value))
        }
        var magnitude = UInt64(abs(scaled))
        if magnitude == 0 { return "0" }
        // Digits from the right: the fraction (trailing zeros dropped), the point, the integer part.
        var digits: [UInt8] = []
        digits.reserveCapacity(24)
        var position = 0
        var significant = false
        while magnitude > 0 || position <= coordinatePrecision {
            let digit = UInt8(magnitude % 10)
            magnitude /= 10
            if position < coordinatePrecision {
                if digit != 0 || significant {
                    significant = true
                    digits.append(48 + digit)
                }
            } else {
                if position == coordinatePrecision, significant { digits.append(46) }
                digits.append(48 + digit)
            }
            position += 1
        }
        if scaled < 0 { digits.append(45) }
        return String(decoding: digits.reversed(), as: UTF8.self)
    }

    /// 10^0 … 10^15, the scales of ``coordinatePrecision``.
    static let powersOfTen: [Double] = (0...16).map { pow(10, Double($0)) }

    /// "12.3400000" → "12.34", "5.000" → "5", "-0" → "0".
    static func trimmed(_ formatted: String) -> String {
        var text = formatted
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// Writes a JSON value compactly with sorted object keys.
    static func write(_ value: JSONValue, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number): out += formatNumber(number)
        case .string(let text): appendQuoted(text, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                write(item, to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                appendQuoted(key, to: &out)
                out += ":"
                write(members[key] ?? .null, to: &out)
            }
            out += "}"
        }
    }

    /// A JSON number: integers without a fraction, others in Swift's shortest round-trip form.
    static func formatNumber(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    /// A JSON string literal with the escapes RFC 8259 requires.
    static func quoted(_ text: String) -> String {
        var out = ""
        appendQuoted(text, to: &out)
        return out
    }

    /// Appends `text` as a JSON string literal: `"` and `\` escaped, control characters (U+0000–U+001F) as `\n`, `\r`,
    /// `\t` or `\u00XX`, everything else as it is (UTF-8). Runs of bytes that need no escape are appended whole: a
    /// byte of a multi-byte UTF-8 sequence is never below 0x80, so a run always ends on a character boundary.
    static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < index {
                    out += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
                }
                out += escape(byte)
                runStart = index + 1
            }
            if runStart < bytes.count {
                out += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
            }
        }
        out += "\""
    }

    /// The JSON escape of one byte that may not appear raw in a string literal.
    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\""): return "\\\""
        case UInt8(ascii: "\\"): return "\\\\"
        case UInt8(ascii: "\n"): return "\\n"
        case UInt8(ascii: "\r"): return "\\r"
        case UInt8(ascii: "\t"): return "\\t"
        default:
            let hex = Array("0123456789abcdef".utf8)
            return "\\u00" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]], as: UTF8.self)
        }
    }
}

extension JSONValue {
    /// Compact JSON text with sorted object keys (deterministic).
    public var jsonText: String {
        var out = ""
        GeoJSONWriter.write(self, to: &out)
        return out
    }
}
