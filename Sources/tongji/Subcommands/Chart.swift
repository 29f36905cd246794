import ArgumentParser
import Foundation
import TongjiCairo
import TongjiChart
import TongjiFiles

/// `tongji chart`: a bar chart from a table or mention records, as PNG, SVG or PDF.
///
/// Thin by design: it reads the input into a `ChartTable` (ChartInput), builds a `ChartSpec`
/// (TongjiChart) and hands it to `CairoChartRenderer` (TongjiCairo).
struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a bar chart with Chinese labels and 万/亿 axes as PNG, SVG or PDF.",
        discussion: """
            INPUT is a CSV table (from `tongji table`) or mention JSON Lines (from `tongji extract`). \
            Values of the same category (and group) are summed. Without --x/--y, mention records chart \
            label by value, and tables their first column by their first numeric column. The unit comes \
            from the records' "unit" field or the value column's suffix (amount_CNY), and the axis picks \
            one scale for it (万元, 亿元).

            With --spec, everything comes from a JSON file (schema: docs/chart-spec.md); options given \
            on the command line override it. The format follows the output's extension.

            Exit status: 0 written, 1 the input or chart failed, 2 usage error.
            """
    )

    @Argument(help: "CSV table or mention JSON Lines file (not needed with --spec).")
    var input: String?

    @Option(name: .shortAndLong, help: "Output file: .png, .svg or .pdf.")
    var output: String?

    @Option(help: "A declarative chart file (JSON; see docs/chart-spec.md).")
    var spec: String?

    @Option(help: "Category column.")
    var x: String?

    @Option(help: "Value column (summed per category).")
    var y: String?

    @Option(help: "Series column, for grouped and stacked charts.")
    var group: String?

    @Option(help: "bar, hbar, grouped or stacked (default: bar, or grouped with --group).")
    var kind: ChartKind?

    @Option(help: "desc, asc or none (default: desc).")
    var sort: CategoryOrder?

    @Option(help: "Keep the first N categories after sorting.")
    var top: Int?

    @Option(help: "Title.")
    var title: String?

    @Option(help: "Subtitle.")
    var subtitle: String?

    @Option(help: "Source note, drawn as 数据来源：….")
    var source: String?

    @Option(help: "Unit of the values: a base unit (CNY, m, m2, kg, %) or a Chinese name (元, 人).")
    var unit: String?

    @Option(name: .customLong("value-title"), help: "What the values measure, for the axis title (总投资).")
    var valueTitle: String?

    @Option(help: "Canvas width in px (default 800).")
    var width: Double?

    @Option(help: "Canvas height in px (default 500; many horizontal bars grow it).")
    var height: Double?

    @Option(help: "PNG pixels per chart pixel (default 2).")
    var scale: Double?

    @Option(name: .customLong("repeat"), help: .hidden)
    var repeatCount: Int = 1

    @Option(name: .customLong("png-writer"), help: .hidden)
    var pngWriter: String = "fast"

    @Option(name: .customLong("svg-writer"), help: .hidden)
    var svgWriter: String = "fast"

    func validate() throws {
        if spec == nil, input == nil { throw ValidationError("give an INPUT file or --spec chart.json") }
        if spec == nil, output == nil { throw ValidationError("give the output file with -o chart.png (or .svg, .pdf)") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1, got \(top)") }
        if let output, ChartFormat(path: output) == nil {
            throw ValidationError("cannot tell the chart format of \"\(output)\": name the output .png, .svg or .pdf")
        }
        if repeatCount < 1 { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        do {
            let (chartSpec, outputPath, pngScale) = try resolve()
            let renderer = try CairoChartRenderer()
            renderer.pngWriter = CairoChartRenderer.PNGWriter(rawValue: pngWriter) ?? .fast
            renderer.svgWriter = CairoChartRenderer.SVGWriter(rawValue: svgWriter) ?? .fast
            let format = try ChartFormat.forPath(outputPath)
            var bytes: [UInt8] = []
            for _ in 0..<repeatCount {  // --repeat: the benchmark's many charts in one process
                bytes = try renderer.data(renderer.layout(chartSpec), format: format, scale: pngScale)
            }
            try AtomicFile.write(bytes, to: outputPath)
        } catch let error as ValidationError {
            throw error
        } catch {
            FileHandle.standardError.write(Data("tongji chart: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    /// The spec with command-line options applied over the spec file's.
    private func resolve() throws -> (ChartSpec, String, Double) {
        var document = ChartSpecDocument()
        var base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if let spec {
            guard let data = FileManager.default.contents(atPath: spec) else {
                throw ChartInput.ReadError(description: "cannot read \"\(spec)\": check that the file exists and is readable")
            }
            do {
                document = try JSONDecoder().decode(ChartSpecDocument.self, from: data)
            } catch {
                throw ChartInput.ReadError(description: "\"\(spec)\" is not a valid chart spec: \(Self.describe(error)) (see docs/chart-spec.md)")
            }
            base = URL(fileURLWithPath: spec).deletingLastPathComponent()
        }
        if let input {
            let table = try ChartInput.read(path: input)
            guard let columns = (x.flatMap { x in y.map { (x, $0) } }) ?? table.defaultColumns().map({ (x ?? $0.x, y ?? $0.y) }) else {
                throw ChartInput.ReadError(description: "\"\(input)\" has no numeric column to chart: name it with --y (columns: \(table.header.joined(separator: ", ")))")
            }
            document.data = nil
            document.input = .init(path: input, x: columns.0, y: columns.1, group: group)
            return try finish(document, table: table, base: nil)
        }
        var table: ChartTable?
        if let path = document.input?.path {
            table = try ChartInput.read(path: base.appendingPathComponent(path).path)
        }
        return try finish(document, table: table, base: base)
    }

    private func finish(_ document: ChartSpecDocument, table: ChartTable?, base: URL?) throws -> (ChartSpec, String, Double) {
        var document = document
        if let kind { document.kind = kind }
        if document.kind == nil, group != nil || document.input?.group != nil { document.kind = .grouped }
        if let sort { document.sort = sort }
        if document.sort == nil { document.sort = .desc }
        if let top { document.top = top }
        if let title { document.title = title }
        if let subtitle { document.subtitle = subtitle }
        if let source { document.source = source }
        if let unit { document.unit = unit }
        if let valueTitle { document.valueTitle = valueTitle }
        if let width { document.width = width }
        if let height { document.height = height }
        let chartSpec = try document.spec(table: table)
        var path = output ?? document.output ?? ""
        if output == nil, let base, !path.hasPrefix("/") { path = base.appendingPathComponent(path).path }
        guard !path.isEmpty else { throw ValidationError("give the output file with -o chart.png (or .svg, .pdf) or \"output\" in the spec") }
        return (chartSpec, path, scale ?? document.scale ?? 2)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return context.debugDescription.lowercased()
        case DecodingError.keyNotFound(let key, _): return "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "\"\(path)\" has the wrong type"
        default: return "\(error)"
        }
    }
}

extension ChartKind: ExpressibleByArgument {}
extension CategoryOrder: ExpressibleByArgument {}
