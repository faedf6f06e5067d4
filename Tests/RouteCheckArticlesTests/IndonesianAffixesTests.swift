import Foundation
import RouteCheckTestSupport
import Testing

@testable import RouteCheckArticles

/// Indonesian affix stripping on words chosen for these tests, each formed by a rule of standard Indonesian
/// grammar; the common-word test that uses it, and the loading of the word lists it reads.
@Suite("Indonesian affixes")
struct IndonesianAffixesTests {
    @Test(
        "each affix rule gives back its stem",
        arguments: [
            ("terbakar", "bakar"), ("dikirimkan", "kirim"), ("berlayar", "layar"), ("kedatangan", "datang"),
            // meN- and peN- replace a stem's first p, t, k or s with their nasal.
            ("memukul", "pukul"), ("menulis", "tulis"), ("mengirim", "kirim"), ("menyerang", "serang"),
            ("pengiriman", "kirim"), ("penyerangan", "serang"), ("membangun", "bangun"), ("mengecat", "cat"),
            // ter-, ber- and per- lose their r before a stem's r.
            ("terampas", "rampas"), ("berantai", "rantai"),
            // Particles and possessives come off after the suffixes.
            ("rumahnya", "rumah"), ("dikirimkannya", "kirim"), ("bukankah", "bukan"),
        ])
    func stems(word: String, stem: String) {
        #expect(IndonesianAffixes.stems(of: word).contains(stem), "\(IndonesianAffixes.stems(of: word))")
    }

    @Test("the word itself comes first; no stem is shorter than three letters; a bare stem has no other reading")
    func boundaries() {
        #expect(IndonesianAffixes.stems(of: "menulis").first == "menulis")
        #expect(IndonesianAffixes.stems(of: "dia").allSatisfy { $0.count >= IndonesianAffixes.minimumStemLength })
        #expect(IndonesianAffixes.stems(of: "kapal") == ["kapal"])
    }

    @Test("the word lists load whole: as many words of each kind as their build scripts recorded")
    func wordListsLoad() throws {
        let data = Repository.root.appendingPathComponent("Data")
        func recorded(_ file: String) throws -> [String: Any] {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: data.appendingPathComponent(file)))
            return try #require(json as? [String: Any])
        }
        let common = try #require(CommonWords(contentsOf: data.appendingPathComponent(CommonWords.fileName)))
        let commonCounts = try recorded("common-words-provenance.json")
        #expect(common.words.count == commonCounts["words"] as? Int)
        #expect(common.indonesianWords.count == commonCounts["indonesian"] as? Int)
        let people = try #require(PersonNames(contentsOf: data.appendingPathComponent("person-names.tsv")))
        let peopleCounts = try recorded("person-names-provenance.json")
        #expect(people.givenNames.count == peopleCounts["given_names"] as? Int)
        #expect(people.surnames.count == peopleCounts["surnames"] as? Int)
    }

    @Test("a common word's affixed forms count as ordinary words; plain membership stays exact")
    func commonWordForms() {
        let words = CommonWords(words: ["serang", "ship"], indonesianWords: ["serang"])
        #expect(words.containsWordForm("menyerang") && words.containsWordForm("serangan"))
        #expect(!words.contains("menyerang"))
        // Only Indonesian stems take Indonesian affixes.
        #expect(!words.containsWordForm("shipkan"))
    }
}
