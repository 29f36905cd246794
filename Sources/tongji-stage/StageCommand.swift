import ArgumentParser
import TongjiCommandLine

/// `tongji-stage`: `tongji extract` and `tongji table` without the chart and report modules, for
/// shipping to Spark executors and other machines.
///
/// The same commands as in `tongji`, byte for byte the same output; what it leaves out is Cairo
/// and Pango, which Debian has no static libraries of, so this binary alone can be linked fully
/// static (`-static-executable`) and sent with `spark-submit --files` to machines that have
/// neither Swift nor those libraries (docs/distributed.md).
@main
struct StageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tongji-stage",
        abstract: "tongji extract and tongji table, without charts: one binary to ship to executors.",
        subcommands: [Extract.self, TableCommand.self]
    )

    /// Exit status 2 for usage errors (see `mainWithUsageStatusTwo`).
    static func main() { mainWithUsageStatusTwo() }
}
