import ArgumentParser
import Foundation
import RouteCheckArticles
import RouteCheckGazetteer

/// `routecheck evaluate GOLD.json...`: extraction scores against hand-written gold annotations.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score place recognition, resolution and claim extraction against gold annotations.",
        discussion: "Paths inside the gold files are relative to --root (default: the current directory)."
    )

    @Argument(help: "Gold files, e.g. Tests/Gold/seeds.json Tests/Gold/extra.json.")
    var gold: [String]

    @Option(help: "The folder the gold files' article paths are relative to.")
    var root: String = "."

    @Flag(help: "List every miss, spurious item and wrong resolution.")
    var verbose = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let gazetteer = try data.openGazetteer()
        let extractor = ArticleExtractor(gazetteer: gazetteer)
        for path in gold {
            let set: GoldSet
            do { set = try GoldSet.load(path) } catch { throw CommandFailure(message: "\(path): \(error)") }
            let result = try Evaluator.evaluate(set, extractor: extractor, root: URL(fileURLWithPath: root))
            print(result.summary(path), terminator: "")
            if verbose {
                for (title, items) in [
                    ("missed places", result.missedMentions), ("spurious places", result.spuriousMentions),
                    ("wrong resolutions", result.wrongResolutions), ("missed claims", result.missedClaims),
                    ("spurious claims", result.spuriousClaims),
                ] where !items.isEmpty {
                    print("  \(title):")
                    for item in items { print("    \(item)") }
                }
            }
        }
    }
}
