import ArgumentParser
import Foundation
import TongjiCommandLine
import TongjiExtract
import TongjiReport

/// `tongji report`: a folder of articles into a report with tables and charts, every figure
/// traceable to its sentence.
///
/// Thin by design: it parses the options into a `ReportJob` (TongjiReport), shows its progress
/// when standard error is a terminal, and prints what was written.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn a folder of articles into a report: HTML, Markdown, CSV tables and charts.",
        discussion: """
            Extracts every quantity from the inputs (files, or every *.txt below a folder; with \
            --input jsonl, records {"id": ..., "text": ...}) and writes into the output folder:

              report.html      one self-contained page: charts, tables, every mention by document;
                               every figure links to its sentence (highlighted), document and offset
              report.md        the same for Markdown, with the charts as PNG images
              charts/*.png|svg|pdf   top investment projects (亿元), quantities per document by
                               dimension, the largest areas and lengths
              investments.csv, works.csv, summary.csv   the tables (as `tongji table` writes them)
              mentions.csv, mentions.jsonl               every mention (as `tongji extract` writes them)
              manifest.json    every file written, with its size and SHA-256

            Every file is written to a staging folder and renamed into place when all are written, \
            so a failed or interrupted run never leaves a half-written file or a mix of two runs; \
            the same input gives byte-identical files (--timestamp adds the time of the run).

            Progress (files, MB/s, time left) goes to standard error when it is a terminal; \
            --quiet turns it and the closing summary off. Problems with single inputs are \
            reported on standard error and in the report, and the rest is still processed.

            Exit status: 0 written, 1 written but some input could not be read (or nothing \
            could be written), 2 usage error.
            """
    )

    @Argument(help: "Text files or folders (every *.txt below them).")
    var inputs: [String] = []

    @Option(name: [.short, .customLong("out")], help: "The output folder (created when missing).")
    var out: String = "output"

    @Option(help: "Input format: text files, or jsonl records {\"id\": ..., \"text\": ...}.")
    var input: Extract.Input = .text

    @Flag(help: "Start the CSV files with the UTF-8 byte order mark (Excel on Windows needs it for Chinese).")
    var bom = false

    @Option(help: "Investment projects in the ranking chart.")
    var top: Int = 15

    @Option(help: "Threads extracting at once (default: every core). The report is identical for any value.")
    var jobs: Int?

    @Flag(help: "Show when the report was made (UTC) under its title; without it the same input gives byte-identical files.")
    var timestamp = false

    @Flag(help: "No progress and no summary on standard error (problems are still reported).")
    var quiet = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give the articles to report on: tongji report seeds/ --out output/") }
        if top < 1 { throw ValidationError("--top must be at least 1, got \(top)") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs); give a thread count such as --jobs 2") }
    }

    func run() throws {
        let errors = FileDescriptor.standardError
        var options = ReportOptions(inputFormat: input.format, jobs: jobs, bom: bom, topProjects: top)
        if timestamp { options.timestamp = ISO8601DateFormatter().string(from: Date()) }
        let job = ReportJob(inputs: inputs, outputFolder: out, options: options)
        var meter = ProgressMeter(enabled: !quiet && isatty(2) == 1)
        let summary: ReportSummary
        do {
            summary = try job.run { meter.show($0) }
        } catch {
            meter.finish()
            errors.writeAll(Array("tongji report: \(error)\n".utf8))
            throw ExitCode.failure
        }
        meter.finish()
        for issue in summary.issues { errors.writeAll(Array((issue + "\n").utf8)) }
        if !quiet {
            let line = "tongji report: \(summary.documents) documents, \(summary.mentions) mentions, \(summary.files.count) files in \(out)/ (open \(out)/report.html)\n"
            errors.writeAll(Array(line.utf8))
        }
        if summary.lostInput { throw ExitCode.failure }
    }
}

/// The progress line on a terminal, redrawn in place at most ten times a second.
struct ProgressMeter {
    let enabled: Bool
    private var lastShown = -1.0
    private var shown = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    mutating func show(_ progress: ReportProgress) {
        guard enabled, progress.elapsed - lastShown >= 0.1 else { return }
        lastShown = progress.elapsed
        shown = true
        FileDescriptor.standardError.writeAll(Array(("\r\u{1B}[K" + progress.line).utf8))
    }

    mutating func finish() {
        guard shown else { return }
        FileDescriptor.standardError.writeAll(Array("\r\u{1B}[K".utf8))
        shown = false
    }
}
