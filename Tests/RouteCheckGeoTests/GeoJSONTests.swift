import Foundation
import Testing

@testable import RouteCheckGeo

@Suite("GeoJSON")
struct GeoJSONTests {
    @Test("writer: fixed member order, sorted properties, 7 decimals, null for non-finite")
    func writer() {
        let feature = Feature(
            geometry: .point(Point(x: 130.283081234, y: 42.25559)),
            properties: ["name": "Najin", "b": .finite(.nan), "a": 1.5], id: .string("p1"))
        #expect(
            GeoJSONWriter().string(feature)
                == #"{"type":"Feature","id":"p1","geometry":{"type":"Point","coordinates":[130.2830812,42.25559]},"properties":{"a":1.5,"b":null,"name":"Najin"}}"#
        )
        #expect(
            GeoJSONWriter(coordinatePrecision: 2).string(Geometry.point(Point(x: -0.001, y: 1)))
                == #"{"type":"Point","coordinates":[0,1]}"#)
        #expect(JSONValue.string("a\"b\n\u{1}").jsonText == #""a\"b\n\u0001""#)
    }

    @Test("strings: every escape RFC 8259 requires, other text as it is; Foundation's parser reads back the original")
    func stringEscapes() throws {
        #expect(JSONValue.string("").jsonText == #""""#)
        #expect(
            JSONValue.string("\\\"\r\t\u{1F}é\u{1F30D}</script>").jsonText == #""\\\"\r\t\u001fé\#u{1F30D}</script>""#)
        // Random strings over an alphabet dense in the characters that need escapes and in multi-byte UTF-8.
        let alphabet: [Character] = [
            "a", "\"", "\\", "\n", "\u{0}", "\u{7}", "\u{1B}", "é", "\u{2028}", "한", "\u{1F30D}", "/", " ",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = String(
                (0..<Int.random(in: 0...24, using: &generator)).map { _ in
                    alphabet.randomElement(using: &generator) ?? "a"
                })
            let written = JSONValue.array([.string(text)]).jsonText
            let read = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String]
            #expect(read == [text], "\(text.debugDescription) → \(written)")
            #expect(!written.unicodeScalars.contains { $0.value < 0x20 }, "raw control character in \(written)")
        }
    }

    @Test("coordinates are written as printf's rounding would write them, for every precision")
    func coordinateDigits() {
        var generator = SystemRandomNumberGenerator()
        for precision in 0...9 {
            let writer = GeoJSONWriter(coordinatePrecision: precision)
            for _ in 0..<2_000 {
                let value = Double.random(in: -180...180, using: &generator)
                let written = writer.formatCoordinate(value)
                let reference = GeoJSONWriter.trimmed(String(format: "%.\(precision)f", value))
                // The digits may differ only where the value lies within rounding noise of a tie.
                let unit = pow(10, -Double(precision))
                #expect(
                    written == reference
                        || abs((Double(written) ?? .nan) - (Double(reference) ?? .nan)) <= unit * 1.000001,
                    "\(value) at \(precision): \(written) vs \(reference)")
                #expect(Double(written).map { abs($0 - value) <= unit / 2 + 1e-12 } == true, "\(value) → \(written)")
            }
        }
        let writer = GeoJSONWriter()
        #expect(writer.formatCoordinate(-0.00000001) == "0")
        #expect(writer.formatCoordinate(130) == "130")
        #expect(writer.formatCoordinate(-0.5) == "-0.5")
        #expect(writer.formatCoordinate(0.0000001) == "0.0000001")
        #expect(writer.formatCoordinate(-179.99999999) == "-180")
        #expect(writer.formatCoordinate(1e300) == GeoJSONWriter.trimmed(String(format: "%.7f", 1e300)))
    }

    @Test("every geometry type survives write → read")
    func roundTrip() throws {
        let polygon = Polygon(exterior: [
            Position(x: 0, y: 0), Position(x: 1, y: 0), Position(x: 1, y: 1), Position(x: 0, y: 0),
        ])
        let geometries: [Geometry] = [
            .point(Point(x: 1, y: 2)),
            .lineString(LineString([Position(x: 0, y: 0), Position(x: 1, y: 1)])),
            .polygon(polygon),
            .multiPoint(MultiPoint([Position(x: 0, y: 0), Position(x: 3, y: 4)])),
            .multiLineString(MultiLineString([LineString([Position(x: 0, y: 0), Position(x: 1, y: 1)])])),
            .multiPolygon(MultiPolygon([polygon, polygon])),
            .geometryCollection(GeometryCollection([.point(Point(x: 1, y: 2)), .polygon(polygon)])),
        ]
        let collection = FeatureCollection(
            features: geometries.enumerated().map {
                Feature(
                    geometry: $1, properties: ["i": .number(Double($0)), "tags": ["x", true, nil]],
                    id: .number(Double($0)))
            } + [Feature(geometry: nil, properties: nil)])
        let text = GeoJSONWriter().string(collection)
        let read = try GeoJSONReader.read(Data(text.utf8))
        #expect(read == .featureCollection(collection))
    }

    @Test("reader errors name the path of the problem")
    func readerErrors() {
        #expect(
            throws: GeometryError.parse(
                format: "GeoJSON",
                message: "$.features[0].geometry.coordinates: a position must be an array of at least two numbers")
        ) {
            try GeoJSONReader.read(
                Data(
                    #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1]}}]}"#
                        .utf8))
        }
        #expect(throws: GeometryError.self) { try GeoJSONReader.read(Data("not json".utf8)) }
        #expect(throws: GeometryError.self) {
            try GeoJSONReader.read(Data(#"{"type":"Circle","coordinates":[1,2]}"#.utf8))
        }
    }

    @Test("RFC 8142 records start with RS and end with LF")
    func textSequence() {
        let record = GeoJSONWriter().sequenceRecord(.geometry(.point(Point(x: 1, y: 2))))
        #expect(record.first == "\u{1E}" && record.last == "\n")
    }
}
