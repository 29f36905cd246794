/// `report.md`: the report for Markdown documents, with the charts referenced as PNG files
/// (SVG and PDF linked beside them), the tables with their sources written as
/// "document @offset", and the input problems.
enum MarkdownReport {
    /// The Markdown text.
    static func render(_ content: ReportContent) -> String {
        var out = "# \(content.title)\n\n\(content.overview)\n\n"
        out += "每个数字后的来源写作“文档 @位置”（Unicode 码位偏移）；原句与高亮见 report.html，完整记录见 mentions.csv。\n\n"
        out += "## 图表\n\n"
        if content.charts.isEmpty { out += "没有可绘制的数量。\n\n" }
        for drawn in content.charts {
            let c = drawn.chart
            out += "### \(Markup.markdownCell(c.spec.title))\n\n![\(Markup.markdownCell(c.spec.title))](charts/\(c.name).png)\n\n"
            out += "[SVG](charts/\(c.name).svg) · [PDF](charts/\(c.name).pdf)\n\n"
        }
        for t in content.tables {
            out += "## \(Markup.markdownCell(t.title))\n\n\(Markup.markdownCell(t.note)) [CSV](\(t.csvFile))\n\n"
            guard !t.table.rows.isEmpty else {
                out += "没有这类数量。\n\n"
                continue
            }
            out += "| # | " + t.headings.map(Markup.markdownCell).joined(separator: " | ") + " | 来源 |\n"
            out += "|---:|" + t.shownColumns.indices.map { t.isNumber(shown: $0) ? "---:" : "---" }.joined(separator: "|") + "|---|\n"
            for row in t.table.rows.indices {
                let cells = t.shownColumns.indices.map { Markup.markdownCell(t.text(row: row, shown: $0)) }
                let sources = (row < t.rowSources.count ? t.rowSources[row] : []).map { Markup.markdownCell($0.reference) }
                out += "| \(row + 1) | " + cells.joined(separator: " | ") + " | " + sources.joined(separator: "; ") + " |\n"
            }
            out += "\n"
        }
        if !content.corpus.issues.isEmpty {
            out += "## 输入问题\n\n"
            for issue in content.corpus.issues { out += "- `\(issue.description.replacingBackticks)`\n" }
            out += "\n"
        }
        return out
    }
}

extension String {
    /// The text with backticks replaced, safe inside a Markdown code span.
    fileprivate var replacingBackticks: String {
        String(map { $0 == "`" ? "'" : $0 })
    }
}
