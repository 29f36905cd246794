import ArgumentParser
import Foundation
import TongjiExtract
import TongjiFiles
import TongjiTables

/// `tongji table`: mentions into the tables analysts need, as CSV, JSON Lines, Markdown or an
/// aligned terminal table.
///
/// Thin by design: it parses the options into a `TableQuery` (or a preset), feeds the mentions
/// read by `MentionRecordReader` (or found by `extractAll` in texts) to the table builder, and
/// writes the result with `TableFormat`.
public struct TableCommand: ParsableCommand {
    /// The subcommand's name, abstract and help.
    public static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "Filter, group and aggregate mentions into a table (CSV, JSON Lines, Markdown, terminal).",
        discussion: """
            Input: mention records (JSON Lines from `tongji extract`) from files or standard input, \
            or texts: a directory or *.txt file is run through extraction inline (`tongji table seeds/`). \
            A line that is not a mention record is reported on stderr with its line number and skipped; \
            the count of skipped lines is reported at the end (exit status 1). Error records of \
            `tongji extract` are reported and skipped.

            Filters (--where, repeatable, all must pass): field=a,b (equals one of), field!=a, \
            field~text (contains), value>=N / value>N / value<N / value<=N (base units). \
            Fields: doc, dimension, unit, qualifier, label, keyword, surface_unit, text, sentence, value.

            Grouping (--by field,field): one row per group with --agg count,sum,mean,min,max,docs \
            (default count,sum,mean,min,max). Groups never mix units: unit is always part of the key; \
            when every group has one unit it moves into the headers (sum_CNY). Sums are exact decimals, \
            so totals are the same however the input is split. A range (3至5亿元) counts with its lower bound, as in the \
            record's value. Without --by, one row per mention.

            Dedupe (--dedupe, on in presets): the same fact counts once, with all its sources. Two \
            mentions are the same fact when dimension, unit, value and value_max agree exactly (in base \
            units) and their labels are equal after normalization (full-width to ASCII, lower case, \
            spaces and punctuation removed); mentions without a label are never merged. With --by doc, \
            facts are merged only inside each document.

            Presets: investments (money mentions with an investment keyword: 投资 总投资 计划投资 签约 \
            融资 筹集 募集 引资...; one row per project label and article with its largest amount (other amounts beside), qualifier, sources, \
            sentence; largest first) and summary (per doc × dimension × unit: count and sum).

            Merge (--merge): the inputs are aggregate tables written by `tongji table --by ...` (CSV or \
            JSON Lines, e.g. one per Spark partition); counts and sums add, min and max combine, means \
            are recomputed, giving exactly the table of one run. Do not cut partials with --top, and \
            leave out docs (distinct documents do not add up).

            Output: --format table (default; values as 3.25亿元, aligned by display width), csv \
            (RFC 4180, numbers raw in base units, --bom for Excel), jsonl, markdown. With -o FILE the \
            file is written atomically (temporary file, then rename) and the format defaults from its \
            extension (.csv, .jsonl, .md).

            Exit status: 0 all input read, 1 some input skipped or unreadable, 2 usage error.
            """
    )

    @Argument(help: "Mention JSON Lines files, or text files and directories (extracted inline); standard input (mention records) when none is given.")
    var inputs: [String] = []

    @Option(name: .customLong("where"), help: "A filter: field=a,b, field!=a, field~text, value>=N (repeatable).")
    var filters: [String] = []

    @Option(help: "Group by these fields, comma-separated (e.g. label, or doc,dimension).")
    var by: String?

    @Option(help: "Aggregates per group, comma-separated: count, sum, mean, min, max, docs.")
    var agg: String?

    @Flag(help: "Count each fact once, keeping all its sources (see the rule above).")
    var dedupe = false

    @Option(help: "Sort by a column: name, name:asc or name:desc (numbers default to descending).")
    var sort: String?

    @Option(help: "Keep the first N rows (after sorting).")
    var top: Int?

    @Option(help: "A preset table: investments or summary.")
    var preset: String?

    @Flag(help: "The inputs are aggregate tables of `tongji table` (CSV or JSON Lines) to merge.")
    var merge = false

    @Option(help: "Output format: table, csv, jsonl, markdown (default: from -o's extension, else table).")
    var format: TableFormat?

    @Flag(help: "Start CSV output with the UTF-8 byte order mark (Excel on Windows needs it for Chinese).")
    var bom = false

    @Option(help: "Threads reading a mention file at once (default: every core). The table is identical for any value.")
    var jobs: Int?

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    /// Creates the command with its defaults (argument-parser fills in the options).
    public init() {}

    /// Checks the options before running.
    public func validate() throws {
        if let top, top < 0 { throw ValidationError("--top must be 0 or more, got \(top)") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs); give a thread count such as --jobs 2") }
        if merge, preset != nil { throw ValidationError("--merge and --preset do not go together: merge the aggregate tables a --by run wrote") }
    }

    /// Builds the table and writes it.
    public func run() throws {
        let table: TongjiTables.Table
        var failed = false
        do {
            if merge {
                table = try mergedTable()
            } else {
                var builder = try makeBuilder()
                failed = try feed(&builder)
                table = try builder.table()
            }
        } catch let error as TableUsageError {
            throw ValidationError(error.message)
        }
        let chosen = format ?? output.flatMap(Self.format(forPath:)) ?? .table
        let bytes = chosen.render(table, bom: bom)
        if let output {
            do {
                try AtomicFile.write(bytes, to: output)
            } catch {
                FileDescriptor.standardError.writeAll(Array("error: \(error)\n".utf8))
                throw ExitCode.failure
            }
        } else if !FileDescriptor.standardOutput.writeAll(bytes) {
            throw ExitCode.failure
        }
        if failed { throw ExitCode.failure }
    }

    static func format(forPath path: String) -> TableFormat? {
        if path.hasSuffix(".csv") { return .csv }
        if path.hasSuffix(".jsonl") || path.hasSuffix(".json") { return .jsonl }
        if path.hasSuffix(".md") || path.hasSuffix(".markdown") { return .markdown }
        return nil
    }

    private func makeBuilder() throws(TableUsageError) -> any MentionTableBuilder {
        var parsedFilters: [MentionFilter] = []
        for f in filters { parsedFilters.append(try MentionFilter(parsing: f)) }
        if let preset {
            guard let p = Preset(rawValue: preset) else { throw TableUsageError.unknownPreset(preset) }
            if by != nil || agg != nil {
                throw TableUsageError("--preset \(preset) sets its own grouping: leave out --by and --agg, or leave out the preset")
            }
            return PresetBuilder(base: p.builder(filters: parsedFilters), sort: try sort.map { s throws(TableUsageError) in try TableSortOrder(parsing: s) }, top: top)
        }
        var query = TableQuery(filters: parsedFilters, dedupe: dedupe, top: top)
        if let by { query.by = try TableQuery.parseFields(by) }
        if let agg { query.aggregates = try Aggregate.parseList(agg) }
        if let sort { query.sort = try TableSortOrder(parsing: sort) }
        return TableEngine(query: query)
    }

    /// Reads every input into the builder; true when some input was skipped or unreadable.
    private func feed(_ builder: inout any MentionTableBuilder) throws -> Bool {
        var failed = false
        let errors = FileDescriptor.standardError
        var mentionPaths: [String] = []
        var textPaths: [String] = []
        for path in inputs.isEmpty ? ["-"] : inputs {
            if path == "-" || path.hasSuffix(".jsonl") || path.hasSuffix(".json") {
                mentionPaths.append(path)
            } else {
                textPaths.append(path)
            }
        }
        let report: @Sendable (MentionRecordReader.Problem) -> Void = { problem in
            errors.writeAll(Array((problem.description + "\n").utf8))
        }
        var skipped = 0
        for path in mentionPaths {
            do {
                if var engine = builder as? TableEngine {
                    // Several threads over one file, merged exactly (see ParallelMentionReader).
                    let outcome = try ParallelMentionReader.read(
                        path: path, jobs: jobs ?? SystemFiles.processorCount,
                        engine: TableEngine(query: engine.query), report: report)
                    engine.merge(outcome.engine)
                    builder = engine
                    skipped += outcome.skipped
                } else {
                    var reader = MentionRecordReader(keep: builder.neededFields, report: report)
                    try reader.read(path: path) { builder.add($0) }
                    skipped += reader.skipped
                }
            } catch {
                errors.writeAll(Array("\(path): \(error)\n".utf8))
                failed = true
            }
        }
        if skipped > 0 {
            errors.writeAll(Array("tongji table: skipped \(skipped) malformed line\(skipped == 1 ? "" : "s")\n".utf8))
            failed = true
        }
        if !textPaths.isEmpty {
            let summary = extractAll(paths: textPaths) { result in
                for issue in result.issues { errors.writeAll(Array((issue.description + "\n").utf8)) }
                for m in result.mentions { builder.add(m) }
            }
            if summary.lostInputs > 0 { failed = true }
        }
        return failed
    }

    private func mergedTable() throws(TableUsageError) -> TongjiTables.Table {
        if !filters.isEmpty || by != nil || agg != nil || dedupe {
            throw TableUsageError("--merge takes the grouping of its input tables: leave out --where, --by, --agg and --dedupe")
        }
        var merger = PartialTableMerger()
        for path in inputs.isEmpty ? ["-"] : inputs { try merger.add(path: path) }
        var table = merger.table()
        if let sort { try TableSortOrder(parsing: sort).apply(to: &table) }
        if let top { table.keepFirst(top) }
        return table
    }
}

extension TableFormat: ExpressibleByArgument {}

/// A preset's builder with the user's --sort and --top applied to its table.
private struct PresetBuilder: MentionTableBuilder {
    var base: any MentionTableBuilder
    var sort: TableSortOrder?
    var top: Int?

    var neededFields: Set<MentionField> { base.neededFields }
    mutating func add(_ mention: Mention) { base.add(mention) }
    func table() throws(TableUsageError) -> TongjiTables.Table {
        var t = try base.table()
        if let sort { try sort.apply(to: &t) }
        if let top { t.keepFirst(top) }
        return t
    }
}
