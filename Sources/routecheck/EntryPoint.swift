import ArgumentParser
import Foundation
import RouteCheckAnalysis

/// Runs the command and maps errors to RouteCheck's exit codes: 2 for usage errors
/// (ArgumentParser's validation failures and ``UsageError``), 1 for any other failure.
@main
enum EntryPoint {
    static func main() {
        TemporaryFiles.installSignalHandlers()
        do {
            var command = try RouteCheckCommand.parseAsRoot(
                protectNegativeCoordinates(Array(CommandLine.arguments.dropFirst())))
            try command.run()
            // `print` ignores write errors: a full disk or a closed pipe must not end with exit 0.
            if !StandardOutput.flushedCleanly() {
                printError("routecheck: cannot write standard output: \(String(cString: strerror(errno)))")
                exit(1)
            }
        } catch let error as UsageError {
            printError("routecheck: \(error.message)")
            exit(2)
        } catch let error as CommandFailure {
            printError("routecheck: \(error.message)")
            exit(error.exitCode)
        } catch {
            let code = RouteCheckCommand.exitCode(for: error)
            if code == .success {
                RouteCheckCommand.exit(withError: error) // --help, --version
            }
            let message = RouteCheckCommand.fullMessage(for: error)
            printError(message)
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// A bad argument: reported as "routecheck: message" with exit code 2.
struct UsageError: Error {
    let message: String
}

/// A failure while working (input unreadable, data missing): exit code 1 unless stated.
struct CommandFailure: Error {
    let message: String
    var exitCode: Int32 = 1
}

/// Writes a message to standard error with control characters (ANSI escapes from file names or ids) dropped.
func printError(_ message: String) {
    var standardError = StandardErrorStream()
    print(ReportText.terminalSafe(message), to: &standardError)
}

struct StandardErrorStream: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

/// ArgumentParser reads any argument starting with "-" as an option, so "-33.9,18.4" would be
/// refused. An argument that starts with "-" followed by a digit or "." can never be an option,
/// so it is passed on with a leading space, which the coordinate parser ignores.
func protectNegativeCoordinates(_ arguments: [String]) -> [String] {
    arguments.map { argument in
        guard argument.count > 1, argument.hasPrefix("-") else { return argument }
        let second = argument[argument.index(after: argument.startIndex)]
        return second.isNumber || second == "." ? " " + argument : argument
    }
}

/// Standard output as C's stdio buffers it for `print`.
enum StandardOutput {
    /// Flushes every output stream (`fflush(NULL)`: Swift 6 refuses a reference to C's global `stdout`);
    /// false when a write fails (a full disk fails again on this flush, so an earlier failed write is caught too).
    static func flushedCleanly() -> Bool {
        fflush(nil) == 0
    }
}
