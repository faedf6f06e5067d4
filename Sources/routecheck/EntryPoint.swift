import ArgumentParser
import Foundation

/// Runs the command and maps errors to RouteCheck's exit codes: 2 for usage errors
/// (ArgumentParser's validation failures and ``UsageError``), 1 for any other failure.
@main
enum EntryPoint {
    static func main() {
        do {
            var command = try RouteCheckCommand.parseAsRoot(protectNegativeCoordinates(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch let error as UsageError {
            printError("routecheck: \(error.message)")
            exit(2)
        } catch let error as CommandFailure {
            printError("routecheck: \(error.message)")
            exit(error.exitCode)
        } catch {
            let code = RouteCheckCommand.exitCode(for: error)
            if code == .success {
                RouteCheckCommand.exit(withError: error)  // --help, --version
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

func printError(_ message: String) {
    var standardError = StandardErrorStream()
    print(message, to: &standardError)
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
