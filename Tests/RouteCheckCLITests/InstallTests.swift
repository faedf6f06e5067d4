import Foundation
import RouteCheckGeo
import Testing

/// `Scripts/install` puts the tool, its data, the manual and the shell completions under a prefix; the installed
/// tool then runs from any folder. Uses the debug build the tests run with (`Scripts/test` also builds the
/// argument parser's `generate-manual`, which writes the manual).
@Suite("Scripts/install and the data folder")
struct InstallTests {
    static let manualTool = CLI.repository.appendingPathComponent(".build/debug/generate-manual")
    static var manualToolBuilt: Bool { FileManager.default.isExecutableFile(atPath: manualTool.path) }

    /// A fresh folder under the system's temporary folder, outside the repository.
    static func temporaryFolder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("routecheck-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(
        "installed under a prefix, the tool runs from /tmp on its own data, with manual and completions",
        .enabled(
            if: manualToolBuilt,
            "build generate-manual first (swift build --product generate-manual; Scripts/test does)"))
    func installUnderPrefix() throws {
        let prefix = try Self.temporaryFolder("prefix")
        let elsewhere = try Self.temporaryFolder("cwd")
        defer {
            try? FileManager.default.removeItem(at: prefix)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        let install = try CLI.runProcess(
            URL(fileURLWithPath: "/bin/bash"),
            ["Scripts/install", "--prefix", prefix.path, "--configuration", "debug", "--no-build"])
        try #require(install.status == 0, "install failed: \(install.stderr)")
        let tool = prefix.appendingPathComponent("bin/routecheck")
        let run = { (arguments: [String]) in
            try CLI.runProcess(tool, arguments, environment: ["ROUTECHECK_DATA": ""], directory: elsewhere)
        }

        let version = try run(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("routecheck 0."), "\(version.stdout)\(version.stderr)")
        let info = try run(["info", "--format", "json"])
        #expect(info.status == 0, "\(info.stderr)")
        let infoJSON = try JSONDecoder().decode(JSONValue.self, from: Data(info.stdout.utf8))
        #expect(
            infoJSON["data_directory"]?.stringValue
                == prefix.appendingPathComponent("share/routecheck").standardizedFileURL.path)
        for name in ["routecheck.gpkg", "railways.gpkg", "sealanes.gpkg", "person-names.tsv", "common-words.txt"] {
            #expect((infoJSON["files"]?[name]?.numberValue ?? 0) > 0, "\(name) not installed")
        }
        let distance = try run(["distance", "Najin", "Dunay", "--format", "json"])
        #expect(distance.status == 0, "\(distance.stderr)")
        let distanceJSON = try JSONDecoder().decode(JSONValue.self, from: Data(distance.stdout.utf8))
        #expect(abs((distanceJSON["distance_m"]?.numberValue ?? 0) - 181_980) < 50)

        let manual = try String(
            contentsOf: prefix.appendingPathComponent("share/man/man1/routecheck.1"), encoding: .utf8)
        #expect(manual.contains(".Dt ROUTECHECK 1"))
        for command in [
            "distance", "geocode", "border-distance", "extract", "analyze", "evaluate", "map", "route", "info",
        ] {
            #expect(manual.contains(".It Em \(command)"), "the manual lacks \(command)")
        }
        let bash = prefix.appendingPathComponent("share/bash-completion/completions/routecheck")
        let syntax = try CLI.runProcess(URL(fileURLWithPath: "/bin/bash"), ["-n", bash.path])
        #expect(syntax.status == 0, "bash completion does not parse: \(syntax.stderr)")
        #expect(try String(contentsOf: bash, encoding: .utf8).contains("border-distance"))
        let zsh = try String(
            contentsOf: prefix.appendingPathComponent("share/zsh/site-functions/_routecheck"), encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef routecheck"))
        let fish = try String(
            contentsOf: prefix.appendingPathComponent("share/fish/vendor_completions.d/routecheck.fish"),
            encoding: .utf8)
        #expect(fish.contains("complete -c 'routecheck'"))
    }

    @Test("--data and ROUTECHECK_DATA choose the data folder; a folder without the database is refused by name")
    func dataFolderChoice() throws {
        let empty = try Self.temporaryFolder("empty-data")
        defer { try? FileManager.default.removeItem(at: empty) }
        let data = CLI.repository.appendingPathComponent("Data").path

        let chosen = try CLI.run(["info", "--format", "json", "--data", data])
        #expect(chosen.status == 0, "\(chosen.stderr)")
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(chosen.stdout.utf8))
        #expect(json["data_directory"]?.stringValue == URL(fileURLWithPath: data).standardizedFileURL.path)
        let byEnvironment = try CLI.run(
            ["geocode", "Najin", "--format", "json"], environment: ["ROUTECHECK_DATA": data])
        #expect(byEnvironment.status == 0, "\(byEnvironment.stderr)")

        let noDatabase = try CLI.run(["geocode", "Najin", "--data", empty.path])
        #expect(noDatabase.status == 2)
        #expect(
            noDatabase.stderr.contains("--data \(empty.path): the folder holds no routecheck.gpkg"),
            "\(noDatabase.stderr)")
        let missing = try CLI.run(["distance", "Najin", "Dunay", "--data", empty.appendingPathComponent("none").path])
        #expect(missing.status == 2 && missing.stderr.contains("no such folder"), "\(missing.stderr)")
        // A variable that names nothing is an error naming it, not a silent fallback to other data.
        let badEnvironment = try CLI.run(["geocode", "Najin"], environment: ["ROUTECHECK_DATA": empty.path])
        #expect(badEnvironment.status == 1)
        #expect(
            badEnvironment.stderr.contains(empty.appendingPathComponent("routecheck.gpkg").path),
            "\(badEnvironment.stderr)")
    }
}
