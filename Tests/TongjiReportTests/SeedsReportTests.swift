import Foundation
import Testing
@testable import TongjiReport

/// The report of `seeds/`, checked by content: what a reader of report.html and report.md sees,
/// and what a spreadsheet reads from the CSV files.
@Suite struct SeedsReportTests {
    @Test func manifestListsEveryFileWithItsSizeAndHash() throws {
        let report = try SeedsReport.get()
        let manifest = try JSONSerialization.jsonObject(with: report.data("manifest.json")) as? [String: Any]
        let files = try #require(manifest?["files"] as? [[String: Any]])
        let paths = files.compactMap { $0["path"] as? String }
        // Every file in the folder but the manifest itself, and nothing left half-written beside them.
        #expect(paths == ScratchFolder.files(in: report.folder).filter { $0 != "manifest.json" })
        #expect(paths.contains("report.html") && paths.contains("report.md") && paths.contains("investments.csv"))
        for name in ["investments", "dimensions", "areas", "lengths"] {
            for ext in ["png", "svg", "pdf"] { #expect(paths.contains("charts/\(name).\(ext)")) }
        }
        // Sizes and hashes as an independent tool computes them.
        let listed = try runProgram(["sha256sum"] + paths.map { report.folder.appendingPathComponent($0).path })
        let sums = String(decoding: listed.output, as: UTF8.self).split(separator: "\n").map { String($0.prefix(64)) }
        #expect(files.compactMap { $0["sha256"] as? String } == sums)
        for f in files {
            let path = try #require(f["path"] as? String)
            #expect((f["bytes"] as? Int) == (try report.data(path)).count, "\(path)")
        }
    }

    @Test func everyLinkInTheHTMLLandsOnAnAnchor() throws {
        let html = try SeedsReport.get().text("report.html")
        let ids = Set(captures(in: html, after: " id=\"", until: "\""))
        let targets = captures(in: html, after: "href=\"#", until: "\"")
        #expect(targets.count > 150, "every figure of every table and chart links to its source")
        let missing = targets.filter { !ids.contains($0) }
        #expect(missing.isEmpty, "links without an anchor: \(missing.prefix(5))")
        // Self-contained: no script, no stylesheet or image fetched from anywhere.
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src=\"http"))
    }

    @Test func investmentAmountsLinkToTheirHighlightedSentence() throws {
        let report = try SeedsReport.get()
        let html = try report.text("report.html")
        let table = try report.htmlSection("table-investments")
        // The 热电联产长输管道 row: 3.25亿元, linked to a mention whose sentence marks the amount.
        let row = try #require(table.components(separatedBy: "<tr>").first { $0.contains("热电联产长输管道") })
        #expect(row.contains(">3.25亿元</a>"))
        let anchor = try #require(captures(in: row, after: "href=\"#", until: "\"").first)
        let target = try #require(html.components(separatedBy: "<tr id=\"\(anchor)\">").dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(target.contains("<mark>3.25"), "\(target)")
        #expect(target.contains("热电联产长输管道"))
        // Largest first: the first row is the largest amount of investments.csv.
        let first = try #require(table.components(separatedBy: "<tr>").dropFirst(2).first)
        #expect(first.contains(">160亿元</a>"), "\(first)")
    }

    @Test func everyListedMentionIsMarkedInItsSentence() throws {
        let html = try SeedsReport.get().text("report.html")
        let rows = html.components(separatedBy: "<tr id=\"m-").dropFirst().map { $0.components(separatedBy: "</tr>")[0] }
        #expect(rows.count == 110)
        // Spaced text ("超过 160 亿元") is found in its sentence, which lost the spaces, too.
        let unmarked = rows.filter { !$0.contains("<mark>") }
        #expect(unmarked.isEmpty, "\(unmarked.prefix(3))")
        #expect(html.contains("<mark>超过160亿元</mark>"))
    }

    @Test func everyInvestmentOfTheReferenceIsInTheTable() throws {
        let report = try SeedsReport.get()
        let csv = try report.text("investments.csv")
        // RFC 4180 rows end in CRLF; no cell of this table holds a comma before the amount.
        let amounts = Set(csv.components(separatedBy: "\r\n").dropFirst().compactMap { line in
            line.split(separator: ",", omittingEmptySubsequences: false).dropFirst(2).first.map(String.init)
        })
        let gold = try String(contentsOf: SeedsReport.root.appendingPathComponent("Tests/Fixtures/gold/seeds.gold.jsonl"), encoding: .utf8)
        var checked = 0
        for line in gold.split(separator: "\n") {
            guard let r = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                r["dimension"] as? String == "money", (r["optional"] as? Bool) != true,
                let keyword = r["keyword"] as? String, keyword.hasSuffix("投资"),
                let value = (r["value"] as? NSNumber)?.int64Value
            else { continue }
            checked += 1
            // A project's amount, or one of its other amounts ("计划投资=4590000000").
            let found = amounts.contains(String(value)) || csv.contains("=\(value)")
            #expect(found, "\(r["text"] ?? "") (\(keyword)) missing from investments.csv")
        }
        #expect(checked >= 10)
    }

    @Test func chartsAreInlinedWithALinkOnEveryBar() throws {
        let report = try SeedsReport.get()
        let charts = try report.htmlSection("charts")
        let figures = charts.components(separatedBy: "<figure id=\"chart-").dropFirst()
        #expect(figures.map { String($0.prefix { $0 != "\"" }) } == ["investments", "dimensions", "areas", "lengths"])
        for figure in figures {
            #expect(figure.contains("<svg") && figure.contains("</svg>") && figure.contains("<title>"))
            #expect(!figure.contains("<?xml"), "an XML declaration is not allowed inside HTML")
        }
        let investments = try #require(figures.first)
        // One bar per project, each with a link and a tooltip naming its document.
        let bars = investments.components(separatedBy: "<a href=\"#m-").count - 1
        let csvRows = try report.text("investments.csv").components(separatedBy: "\r\n").count - 2
        #expect(bars == min(15, csvRows - 1), "bars \(bars), projects \(csvRows)")  // one project has no label
        #expect(investments.contains("<title>热电联产长输管道\n"))
    }

    @Test func markdownReferencesChartsAndSourcesThatExist() throws {
        let report = try SeedsReport.get()
        let md = try report.text("report.md")
        let images = captures(in: md, after: "](", until: ")")
        #expect(images.contains("charts/investments.png"))
        for path in images {
            let bytes = try report.data(path)
            #expect(!bytes.isEmpty, "\(path)")
        }
        #expect(md.contains("| 热电联产长输管道 | 总投资 | 3.25亿元 |"))
        #expect(md.contains("000_868fe82f5a9cc58e.txt @2581"))
    }

    @Test func mentionFilesHoldEveryMention() throws {
        let report = try SeedsReport.get()
        let jsonl = try report.text("mentions.jsonl").split(separator: "\n")
        #expect(jsonl.count == report.summary.mentions)
        #expect(report.summary.mentions > 100)
        let csv = try report.text("mentions.csv").components(separatedBy: "\r\n").dropLast()
        #expect(csv.first == "doc,start,end,text,value,value_max,unit,dimension,qualifier,surface_unit,label,keyword,sentence")
        #expect(csv.count == report.summary.mentions + 1)
    }
}
