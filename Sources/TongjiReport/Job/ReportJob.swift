import TongjiCairo
import TongjiExtract
import TongjiTables

/// The main job: a folder of articles into a report to read and files to reuse, every figure
/// traceable to its sentence.
///
/// It extracts every quantity, builds the standard tables (`StandardTables`) and charts
/// (`StandardCharts`), and writes into the output folder:
///
/// - `report.html`: one self-contained page (CSS and SVG inline) whose figures link to their
///   sentences; `report.md`: the same for Markdown, with the charts as PNG;
/// - `charts/<name>.png`, `.svg`, `.pdf` for each chart;
/// - `investments.csv`, `works.csv`, `summary.csv` (the tables as `tongji table` writes them),
///   `mentions.csv` and `mentions.jsonl` (every mention, as `tongji extract` writes them);
/// - `manifest.json`: every file written, with its size and SHA-256.
///
/// Files are staged and renamed into place only when all are written (`ReportFiles`), so a
/// failed run leaves the previous report as it was; and a second run over the same input gives byte-identical
/// files: nothing in them depends on the time, the machine or the number of threads.
///
/// ```swift
/// let job = ReportJob(inputs: ["seeds"], outputFolder: "output")
/// let summary = try job.run()
/// print(summary.files)   // Prints ["charts/areas.pdf", …, "report.html", "report.md", …, "manifest.json"]
/// ```
public struct ReportJob: Sendable {
    /// Text files and folders (every `*.txt` below), or JSON Lines files with `--input jsonl`.
    public var inputs: [String]
    /// Where the report goes; created when missing.
    public var outputFolder: String
    /// What to read and show.
    public var options: ReportOptions

    /// Creates a job.
    public init(inputs: [String], outputFolder: String, options: ReportOptions = ReportOptions()) {
        self.inputs = inputs
        self.outputFolder = outputFolder
        self.options = options
    }

    /// Runs the job; `progress` is called on this thread after each piece of input is read.
    ///
    /// Problems with single inputs (a missing or binary file, invalid UTF-8) do not stop the job:
    /// they are listed in the report and in `ReportSummary.issues`.
    public func run(progress: ((ReportProgress) -> Void)? = nil) throws(ReportError) -> ReportSummary {
        let corpus = ReportCorpus.collect(paths: inputs, options: options, progress: progress)
        guard !corpus.documents.isEmpty else {
            throw .noDocuments(paths: inputs, suffix: options.inputFormat.fileSuffix, problems: corpus.issues.map(\.description))
        }
        var files = try ReportFiles(folder: outputFolder)
        do {
            try write(corpus, into: &files)
            try files.commit()
        } catch {
            files.discard()
            throw error
        }
        return ReportSummary(
            documents: corpus.documents.count, mentions: corpus.mentions.count,
            issues: corpus.issues.map(\.description), lostInput: corpus.lostInputs > 0,
            files: files.written.map(\.path))
    }

    /// Writes every file of the report into the staging folder.
    private func write(_ corpus: ReportCorpus, into files: inout ReportFiles) throws(ReportError) {
        let renderer: CairoChartRenderer
        do {
            renderer = try CairoChartRenderer()
        } catch {
            throw .chart(name: "fonts", error)
        }

        try files.write(corpus.records, to: "mentions.jsonl")
        var csv = CSVWriter(bom: options.bom)
        csv.writeHeader(MentionCSV.header)
        for m in corpus.mentions { csv.writeRow(MentionCSV.cells(m)) }
        try files.write(csv.bytes, to: "mentions.csv")

        let (investments, projects) = StandardTables.investments(corpus)
        let (works, facts) = StandardTables.works(corpus)
        let tables = [investments, works, StandardTables.summary(corpus)]
        for table in tables { try files.write(CSVTableWriter.write(table.table, bom: options.bom), to: table.csvFile) }

        var drawn: [ReportContent.DrawnChart] = []
        for chart in StandardCharts.all(corpus: corpus, projects: projects, works: facts, options: options) {
            do {
                let drawing = try renderer.layout(chart.spec)
                let svg = try renderer.svg(drawing)
                try files.write(try renderer.png(drawing, scale: options.pngScale), to: "charts/\(chart.name).png")
                try files.write(svg, to: "charts/\(chart.name).svg")
                try files.write(try renderer.pdf(drawing), to: "charts/\(chart.name).pdf")
                drawn.append(.init(chart: chart, inlineSVG: SVGLinkOverlay.inline(SVGLinkOverlay.add(to: svg, drawing: drawing, chart: chart))))
            } catch let error as RenderError {
                throw .chart(name: chart.name, error)
            } catch let error as ReportError {
                throw error
            } catch {
                throw .chart(name: chart.name, .cairo(operation: "draw", status: "\(error)"))
            }
        }

        let content = ReportContent(corpus: corpus, tables: tables, charts: drawn, mentionLimit: options.htmlMentionLimit, timestamp: options.timestamp)
        try files.write(HTMLReport.render(content), to: "report.html")
        try files.write(Array(MarkdownReport.render(content).utf8), to: "report.md")
        try files.write(files.manifest(), to: "manifest.json")
    }
}
