import ArgumentParser
import TongjiCommandLine

/// The `tongji` command: Chinese quantities from text to tables, charts and reports.
@main
struct TongjiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tongji",
        abstract: "Find every quantity in Chinese text, and turn them into tables, charts and reports.",
        subcommands: [Extract.self, TableCommand.self, Chart.self, Report.self]
    )

    /// Exit status 2 for usage errors (see `mainWithUsageStatusTwo`).
    static func main() { mainWithUsageStatusTwo() }
}
