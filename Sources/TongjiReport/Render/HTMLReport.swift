import TongjiExtract

/// `report.html`: one self-contained page (CSS and SVG inline, no script, no network) with the
/// charts, the tables, and every mention listed by document with its sentence, so that every
/// figure in a chart or table links to the sentence it comes from.
///
/// Anchors: a mention is `#m-<document number>-<offset>`, a document `#doc-<number>`; a chart's
/// bars link to their sources through an invisible overlay (`SVGLinkOverlay`), a table's numbers
/// and its 来源 column through ordinary links with the sentence as tooltip.
enum HTMLReport {
    /// The page's bytes.
    static func render(_ content: ReportContent) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        func put(_ s: String) { out += Array(s.utf8) }
        put("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        put("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        put("<meta name=\"generator\" content=\"Tongji (tongji report)\">\n")
        put("<title>\(Markup.html(content.title))</title>\n<style>\n\(ReportStylesheet.css)\n</style>\n</head>\n<body>\n")
        put("<header>\n<h1>\(Markup.html(content.title))</h1>\n<p class=\"overview\">\(Markup.html(content.overview))</p>\n<nav>")
        put("<a href=\"#charts\">图表</a>")
        for t in content.tables { put("<a href=\"#table-\(t.name)\">\(Markup.html(t.title))</a>") }
        put("<a href=\"#mentions\">全部数量</a>")
        if !content.corpus.issues.isEmpty { put("<a href=\"#issues\">输入问题</a>") }
        put("</nav>\n</header>\n")

        put("<section id=\"charts\">\n<h2>图表</h2>\n")
        if content.charts.isEmpty { put("<p class=\"note\">没有可绘制的数量。</p>\n") }
        for drawn in content.charts {
            let c = drawn.chart
            put("<figure id=\"chart-\(c.name)\">\n")
            out += drawn.inlineSVG
            put("\n<figcaption>\(Markup.html(c.spec.title))：点击条形查看来源句 · 下载 ")
            put(c.files.map { "<a href=\"\($0)\">\($0.split(separator: ".").last.map { $0.uppercased() } ?? "")</a>" }.joined(separator: " "))
            put("</figcaption>\n</figure>\n")
        }
        put("</section>\n")

        for table in content.tables { renderTable(table, into: &out) }
        renderMentions(content, into: &out)

        if !content.corpus.issues.isEmpty {
            put("<section id=\"issues\">\n<h2>输入问题</h2>\n<p class=\"note\">这些输入未能完整读取或含有无法表示的数字；其余输入照常处理。</p>\n<ul class=\"issues\">\n")
            for issue in content.corpus.issues { put("<li>\(Markup.html(issue.description))</li>\n") }
            put("</ul>\n</section>\n")
        }
        put("<footer>由 Tongji（tongji report）生成：每个数字都链接到它所在的句子、文档与位置（Unicode 码位偏移）。</footer>\n</body>\n</html>\n")
        return out
    }

    /// A standard table: rank, the shown columns, and the 来源 column.
    private static func renderTable(_ t: ReportTable, into out: inout [UInt8]) {
        func put(_ s: String) { out += Array(s.utf8) }
        put("<section id=\"table-\(t.name)\">\n<h2>\(Markup.html(t.title))</h2>\n")
        put("<p class=\"note\">\(Markup.html(t.note)) <a href=\"\(t.csvFile)\">下载 CSV</a></p>\n")
        guard !t.table.rows.isEmpty else {
            put("<p class=\"note\">没有这类数量。</p>\n</section>\n")
            return
        }
        put("<table>\n<thead><tr><th class=\"num\">#</th>")
        for (i, h) in t.headings.enumerated() { put("<th\(t.isNumber(shown: i) ? " class=\"num\"" : "")>\(Markup.html(h))</th>") }
        put("<th>来源</th></tr></thead>\n<tbody>\n")
        for row in t.table.rows.indices {
            let sources = row < t.rowSources.count ? t.rowSources[row] : []
            put("<tr><td class=\"num\">\(row + 1)</td>")
            for i in t.shownColumns.indices {
                let text = Markup.html(t.text(row: row, shown: i))
                if t.isNumber(shown: i), !text.isEmpty, let first = sources.first {
                    put("<td class=\"num\"><a href=\"#\(first.anchor)\" title=\"\(Markup.html(first.tooltip))\">\(text)</a></td>")
                } else {
                    put("<td\(t.isNumber(shown: i) ? " class=\"num\"" : "")>\(text)</td>")
                }
            }
            let links = sources.map { "<a href=\"#\($0.anchor)\" title=\"\(Markup.html($0.tooltip))\">\(Markup.html($0.reference))</a>" }
            put("<td class=\"src\">\(links.joined(separator: "<br>"))</td></tr>\n")
        }
        put("</tbody>\n</table>\n</section>\n")
    }

    /// Every mention (up to the limit, and always those linked to), by document.
    private static func renderMentions(_ content: ReportContent, into out: inout [UInt8]) {
        func put(_ s: String) { out += Array(s.utf8) }
        let corpus = content.corpus
        var linked = Set<String>()
        for t in content.tables { for row in t.rowSources { for s in row { linked.insert(s.anchor) } } }
        for c in content.charts { for s in c.chart.barSources.values { linked.insert(s.anchor) } }
        put("<section id=\"mentions\">\n<h2>全部数量（按文档）</h2>\n")
        put("<p class=\"note\">每个数量的文档、位置（Unicode 码位偏移）、原文、数值与原句（高亮）。完整记录见 <a href=\"mentions.csv\">mentions.csv</a> 与 <a href=\"mentions.jsonl\">mentions.jsonl</a>。")
        if corpus.mentions.count > content.mentionLimit {
            put(" 此处列出前 \(content.mentionLimit) 个及图表引用的数量。")
        }
        put("</p>\n")
        var byDoc: [String: [Int]] = [:]
        for (i, m) in corpus.mentions.enumerated() where i < content.mentionLimit || linked.contains(corpus.anchor(of: m)) {
            byDoc[m.doc, default: []].append(i)
        }
        for doc in corpus.documents {
            let listed = byDoc[doc] ?? []
            put("<section class=\"doc\" id=\"\(corpus.anchor(ofDocument: doc))\">\n<h3>\(Markup.html(doc))</h3>\n")
            guard !listed.isEmpty else {
                put("<p class=\"note\">未找到数量。</p>\n</section>\n")
                continue
            }
            put("<table>\n<thead><tr><th class=\"num\">位置</th><th>原文</th><th class=\"num\">数值</th><th>类别</th><th>指标</th><th>对象</th><th>原句</th></tr></thead>\n<tbody>\n")
            for i in listed {
                let m = corpus.mentions[i]
                put("<tr id=\"\(corpus.anchor(of: m))\"><td class=\"num\">\(m.start)</td><td>\(Markup.html(m.text))</td>")
                put("<td class=\"num\">\(Markup.html(MentionDisplay.value(m)))</td><td>\(ChineseNames.dimension(m.dimension))</td>")
                put("<td>\(Markup.html(m.keyword ?? ""))</td><td>\(Markup.html(m.label ?? ""))</td>")
                put("<td class=\"sentence\">\(MentionDisplay.markedSentence(m))</td></tr>\n")
            }
            put("</tbody>\n</table>\n</section>\n")
        }
        put("</section>\n")
    }
}
