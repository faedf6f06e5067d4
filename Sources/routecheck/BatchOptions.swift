import ArgumentParser
import Foundation
import RouteCheckArticles

/// Options shared by the commands that read batches of articles (`analyze`, `extract`).
struct BatchOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Articles analysed at once, one a thread (default: every core, \(OrderedParallelMap.availableCores) "
                + "here). Output keeps the input order.",
            valueName: "n"))
    var jobs: Int = OrderedParallelMap.availableCores

    @Flag(help: "Never show the progress bar (it is shown only when standard error is a terminal).")
    var noProgress = false

    /// The progress bar for a batch of `files`: shown only on a terminal and without `--no-progress`, its total
    /// counted from the files only then.
    func progressBar(for files: [String]) -> ProgressBar {
        let shown = !noProgress && isatty(2) == 1
        return ProgressBar(total: shown ? ArticleStream.estimatedCount(of: files) ?? 0 : 0, enabled: shown)
    }

    func validate() throws {
        guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256, got \(jobs)") }
    }
}

/// Options of commands that write coordinates.
struct CoordinateOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Decimals kept in written coordinates (7, about 1 cm, by default; 5 is about 1 m).", valueName: "digits"))
    var precision: Int = 7

    func validate() throws {
        guard (0...12).contains(precision) else {
            throw ValidationError("--precision must be between 0 and 12, got \(precision)")
        }
    }
}
