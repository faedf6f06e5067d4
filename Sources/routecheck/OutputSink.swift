import Foundation

/// Standard output, or a temporary file beside `path` renamed over it by `commit()`, so a reader never
/// sees a half-written file and a failed or interrupted run leaves the old one in place.
///
/// Refuses a `path` that exists and is not a regular file (a device such as `/dev/null`, a symbolic link, a
/// folder): renaming over it would replace the node itself. On SIGINT or SIGTERM the temporary file is removed
/// before the process ends (see ``TemporaryFiles``).
final class OutputSink {
    private let path: String?
    private let temporary: URL?
    private let handle: FileHandle

    init(path: String?) throws {
        self.path = path
        guard let path else {
            temporary = nil
            handle = FileHandle.standardOutput
            return
        }
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw UsageError(
                message: "--out \(path): exists and is not a regular file (a device, link or folder); "
                    + "RouteCheck only replaces regular files")
        }
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: directory.path) else {
            throw UsageError(message: "--out \(path): the folder \(directory.path) does not exist")
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        let temp = directory.appendingPathComponent(".\(target.lastPathComponent).\(pid).tmp")
        guard FileManager.default.createFile(atPath: temp.path, contents: nil),
            let opened = try? FileHandle(forWritingTo: temp)
        else {
            throw CommandFailure(message: "--out \(path): cannot create a file in \(directory.path)")
        }
        TemporaryFiles.register(temp.path)
        temporary = temp
        handle = opened
    }

    /// Whether two output paths name the same file (after resolving `.`/`..` and links of the folder).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath()
            == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath()
    }

    func write(_ text: String) throws {
        do { try handle.write(contentsOf: Data(text.utf8)) } catch {
            throw CommandFailure(message: "cannot write \(path ?? "standard output"): \(error.localizedDescription)")
        }
    }

    /// Lets `write` make a whole file (a GeoPackage database) at the temporary path; ``commit()`` then renames it
    /// into place. Only with a path (`--out`): a database cannot be streamed to standard output.
    func writeFile(_ write: (String) throws -> Void) throws {
        guard let temporary else {
            throw UsageError(message: "this format writes a file: give its path with --out")
        }
        do { try write(temporary.path) } catch {
            throw CommandFailure(message: "\(error)")
        }
    }

    func commit() throws {
        guard let temporary, let path else { return }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            throw CommandFailure(message: "cannot write \(path): \(error.localizedDescription)")
        }
        if rename(temporary.path, path) != 0 {
            throw CommandFailure(
                message: "cannot move the output into place at \(path): \(String(cString: strerror(errno)))")
        }
        TemporaryFiles.unregister(temporary.path)
    }

    deinit {
        if let temporary, FileManager.default.fileExists(atPath: temporary.path) {
            try? FileManager.default.removeItem(at: temporary)
            TemporaryFiles.unregister(temporary.path)
        }
    }
}

/// Temporary output files to remove when SIGINT or SIGTERM ends the process, so an interrupted run
/// leaves neither a half-written file nor a `.NAME.PID.tmp` behind. The paths live in fixed C storage
/// that the signal handler reads without allocating (`unlink` and `_exit` are async-signal-safe).
enum TemporaryFiles {
    static let capacity = 8
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()

    /// Installs the handlers once (called from the entry point).
    static func installSignalHandlers() {
        _ = slots
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            Foundation.signal(signal) { received in
                for index in 0..<TemporaryFiles.capacity {
                    if let path = TemporaryFiles.slots[index] { unlink(path) }
                }
                _exit(128 + received)
            }
        }
    }

    static func register(_ path: String) {
        for index in 0..<capacity where slots[index] == nil {
            slots[index] = strdup(path)
            return
        }
    }

    static func unregister(_ path: String) {
        for index in 0..<capacity {
            guard let stored = slots[index], String(cString: stored) == path else { continue }
            slots[index] = nil
            free(stored)
        }
    }
}
