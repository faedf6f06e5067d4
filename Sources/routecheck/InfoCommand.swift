import ArgumentParser
import Foundation
import RouteCheckGazetteer
import RouteCheckGeo

/// `routecheck info`: the release, and which data files this run would read.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show the release and the data folder in use (with --data, ROUTECHECK_DATA or the default search).",
        discussion: """
            Prints where routecheck.gpkg was found and which of the files beside it (railway and sea-lane networks, \
            word lists) are present. Useful after an install (Scripts/install) or to check a --data folder.
            """
    )

    @Option(help: "Output: text or json ({release, data_directory, files: {name: bytes or null}}).")
    var format: InfoFormat = .text

    @OptionGroup var data: DataOptions

    enum InfoFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    /// The files `routecheck` reads from the data folder; only `routecheck.gpkg` is required.
    static let dataFiles = [
        DatabaseLocator.fileName, "railways.gpkg", "sealanes.gpkg", "person-names.tsv",
        "common-words.txt",
    ]

    func run() throws {
        let gazetteer = try data.openGazetteer()
        let folder = URL(fileURLWithPath: gazetteer.path).deletingLastPathComponent().standardizedFileURL
        let sizes: [(String, Int?)] = Self.dataFiles.map { name in
            let size = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path))?[
                .size]
            return (name, (size as? NSNumber)?.intValue)
        }
        switch format {
        case .text:
            print(RouteCheckVersion.string)
            print("data: \(folder.path)")
            for (name, size) in sizes {
                print("  \(name): \(size.map { "\($0) bytes" } ?? "missing")")
            }
        case .json:
            var files: [String: JSONValue] = [:]
            for (name, size) in sizes { files[name] = size.map { .number(Double($0)) } ?? .null }
            print(
                JSONValue.object([
                    "release": .string(RouteCheckVersion.release), "data_directory": .string(folder.path),
                    "files": .object(files),
                ]).jsonText)
        }
    }
}
