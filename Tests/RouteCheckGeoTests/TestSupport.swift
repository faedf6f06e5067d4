import Foundation

/// Paths the tests read: the repository root and the read-only `shared/` folder beside it.
enum TestPaths {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
    static let geodTest = shared.appendingPathComponent("testdata/GeodTest-short.dat.gz")
    static func fixture(_ name: String) -> URL {
        repository.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
    }
}

/// Decompresses a .gz file with the system's gzip (present on every Debian machine).
func gunzip(_ url: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-dc", url.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
