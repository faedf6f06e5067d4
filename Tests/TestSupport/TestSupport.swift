import Foundation
import RouteCheckGazetteer

/// Test helpers shared by the test targets: the repository, the real embedded database, the shared scorers.
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// The real embedded database, shared by the tests.
public let testGazetteer: Gazetteer? = try? Gazetteer(
    path: Repository.root.appendingPathComponent("Data/routecheck.gpkg").path)

/// Runs one of the project's evaluation scorers (`../shared/tools/NAME`) on the `routecheck` built with the tests.
public enum SharedScorer {
    public static let shared = Repository.root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The `routecheck` beside the test bundle (SwiftPM builds every product before testing).
    public static var routecheck: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("routecheck")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return Repository.root.appendingPathComponent(".build/debug/routecheck")
    }

    /// The scorer's standard output and exit status, or nil (with a message) when it or `input` is absent.
    public static func run(
        _ script: String, input: String, extra: [String] = []
    ) throws -> (output: String, status: Int32)? {
        let scorer = shared.appendingPathComponent("tools/\(script)")
        let file = shared.appendingPathComponent(input)
        guard FileManager.default.fileExists(atPath: scorer.path), FileManager.default.fileExists(atPath: file.path)
        else {
            print("skipped: ../shared/\(input) or ../shared/tools is absent")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer.path, routecheck.path, file.path] + extra
        process.currentDirectoryURL = Repository.root
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (output, process.terminationStatus)
    }
}

/// A DocC article's code against the test that runs it: every non-blank line of the article's code blocks must
/// appear in the test file, runs of spaces counted as one (the formatter aligns comments differently).
public enum DocCArticleCode {
    /// The article's code lines missing from `testFile`, and how many code lines were compared.
    public static func missingLines(article: URL, testFile: String) throws -> (missing: [String], checked: Int) {
        let text = try String(contentsOf: article, encoding: .utf8)
        let test = try String(contentsOf: URL(fileURLWithPath: testFile), encoding: .utf8)
        let testLines = Set(test.split(separator: "\n").map(normalised))
        var inCode = false
        var missing: [String] = []
        var checked = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inCode.toggle()
                continue
            }
            guard inCode, !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            if !testLines.contains(normalised(line)) { missing.append(String(line)) }
            checked += 1
        }
        return (missing, checked)
    }

    static func normalised(_ line: Substring) -> String {
        line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
