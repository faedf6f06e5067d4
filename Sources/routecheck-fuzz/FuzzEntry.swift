import Foundation

/// The harness this process runs, from `ROUTECHECK_FUZZ` (one of ``FuzzHarness``'s names).
private func selectedHarness() -> FuzzHarness {
    let name = ProcessInfo.processInfo.environment["ROUTECHECK_FUZZ"] ?? ""
    guard let harness = FuzzHarness(rawValue: name) else {
        let names = FuzzHarness.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("routecheck-fuzz: set ROUTECHECK_FUZZ to one of: \(names)\n".utf8))
        exit(2)
    }
    return harness
}

#if ROUTECHECK_LIBFUZZER
    import CFuzzerDriver

    /// The harness libFuzzer drives, chosen once before the driver starts.
    nonisolated(unsafe) private var activeHarness = FuzzHarness.numbers

    /// With libFuzzer (`Scripts/fuzz` builds with `-sanitize=fuzzer,address -DROUTECHECK_LIBFUZZER`): hands the command
    /// line to libFuzzer's driver, which calls the harness with each generated input.
    @main
    struct FuzzMain {
        static func main() {
            activeHarness = selectedHarness()
            activeHarness.prepare()
            var argc = CommandLine.argc
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            exit(
                LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
                    activeHarness.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
                    return 0
                })
        }
    }
#else
    /// Without libFuzzer: replays the given files or folders (a corpus, a crash input) through the harness, so the
    /// committed corpora and every regression input run in an ordinary build and in the tests.
    @main
    struct FuzzReplay {
        static func main() {
            let harness = selectedHarness()
            var count = 0
            for argument in CommandLine.arguments.dropFirst() {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                    FileHandle.standardError.write(Data("routecheck-fuzz: \(argument): no such file\n".utf8))
                    exit(2)
                }
                let files =
                    isDirectory.boolValue
                    ? ((try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []).sorted().map {
                        "\(argument)/\($0)"
                    }
                    : [argument]
                for file in files {
                    guard let data = FileManager.default.contents(atPath: file) else { continue }
                    harness.run(data)
                    count += 1
                }
            }
            print("\(harness.rawValue): replayed \(count) inputs without a fault")
        }
    }
#endif
