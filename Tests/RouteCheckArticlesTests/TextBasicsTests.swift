import Foundation
import RouteCheckTestSupport
import Testing

@testable import RouteCheckArticles

@Suite("Numbers, tokens and inputs")
struct TextBasicsTests {
    @Test(
        "Indonesian and English numbers",
        arguments: [
            ("1.000", 1000.0), ("60.000", 60000), ("2,5", 2.5), ("1,000", 1000), ("2.5", 2.5), ("1.234.567", 1_234_567),
            ("1,234.5", 1234.5), ("1.234,5", 1234.5), ("290", 290),
        ])
    func numbers(_ text: String, _ value: Double) {
        #expect(NumberParser.value(text) == value)
    }

    @Test("scale and number words: '2,5 juta', '$6 miliar', 'seribu', 'ratusan'")
    func scaleWords() {
        let tokens = Tokenizer.tokenize(ArticleText("hingga 2,5 juta dan $6 miliar, seribu kontainer, ratusan drone"))
        func value(at word: String) -> Double? {
            guard let index = tokens.firstIndex(where: { $0.text == word }) else { return nil }
            return NumberParser.read(tokens, at: index)?.value
        }
        #expect(value(at: "2,5") == 2_500_000)
        #expect(value(at: "6") == 6e9)
        #expect(value(at: "seribu") == 1000)
        #expect(value(at: "ratusan") == 100)
    }

    @Test("tokens keep Unicode scalar offsets; hyphenated words stay whole; dateline hyphens split")
    func tokens() {
        let text = ArticleText("Rostov-on-Don’s “kota-kota”, SATUHARAPAN.COM-Korea Utara: 290 km")
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map(\.text).contains("Rostov-on-Don’s"))
        #expect(tokens.map(\.text).contains("kota-kota"))
        #expect(tokens.map(\.text).contains("Korea"))
        for token in tokens { #expect(text[token.span] == token.text) }
    }

    @Test("sentences end at line breaks and at full stops before a capital")
    func sentences() {
        let text = ArticleText("Dikirim ke Rusia. Lalu ke depot 2.5 km jauhnya.\nBaris baru")
        #expect(
            Tokenizer.sentences(text).map { text[$0] } == [
                "Dikirim ke Rusia.", "Lalu ke depot 2.5 km jauhnya.", "Baris baru",
            ])
    }

    @Test("a name's abbreviated first word keeps its full stop and ends no sentence: 'St. Louis', 'Mt. Vernon'")
    func nameAbbreviations() {
        let text = ArticleText("Crews left St. Louis at dawn. Mt. Vernon waited. The St. Main st. Next")
        #expect(Tokenizer.tokenize(text).map(\.text).prefix(4) == ["Crews", "left", "St.", "Louis"])
        #expect(
            Tokenizer.sentences(text).map { text[$0] } == [
                "Crews left St. Louis at dawn.", "Mt. Vernon waited.", "The St. Main st.", "Next",
            ])
        // Not before a lower-case word, and not for words that are no name's abbreviation.
        #expect(Tokenizer.tokenize(ArticleText("the St. and")).map(\.text) == ["the", "St", ".", "and"])
        #expect(Tokenizer.tokenize(ArticleText("Dr. Who")).map(\.text) == ["Dr", ".", "Who"])
    }

    @Test("bad inputs give a clear error naming the input")
    func badInputs() throws {
        #expect(
            ArticleReader.decode(Data([0x41, 0xC3, 0x28]), id: "x", source: "bad.txt")
                == .failure(.invalidUTF8(source: "bad.txt", byteOffset: 1)))
        #expect(
            ArticleReader.decode(Data("  \n ".utf8), id: "x", source: "empty.txt")
                == .failure(.empty(source: "empty.txt")))
        #expect(
            ArticleReader.decode(Data([0x00, 0x01, 0x02, 0x41]), id: "x", source: "junk.bin")
                == .failure(.binary(source: "junk.bin")))
        let big = Data(repeating: 0x61, count: 10_000_000)
        #expect(
            ArticleReader.decode(big, id: "x", source: "big.txt")
                == .failure(.tooLong(source: "big.txt", bytes: 10_000_000, limit: ArticleReader.maximumBytes)))
        let lines = ArticleReader.readJSONLines(
            Data("{\"id\":\"a\",\"text\":\"Najin\"}\nnot json\n{\"id\":\"c\"}\n".utf8), source: "batch.jsonl")
        #expect(lines.count == 3)
        #expect((try? lines[0].get())?.id == "a")
        #expect(lines[1] == .failure(.badJSONLine(source: "batch.jsonl", line: 2, message: "not a JSON object")))
        #expect(lines[2] == .failure(.badJSONLine(source: "batch.jsonl", line: 3, message: "no \"text\" member")))
        let missing = ArticleReader.read(path: "/nonexistent/article.txt")
        guard case .failure(.unreadable(let source, _)) = missing.first else {
            Issue.record("a missing file must be reported")
            return
        }
        #expect(source == "/nonexistent/article.txt")
    }
}
