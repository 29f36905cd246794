import Testing
import TongjiChart
import TongjiExtract
@testable import TongjiReport

/// The report's small parts: checksums, the progress line, escaping, the link overlay.
@Suite struct ReportPartsTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256MatchesTheStandardVectors(input: String, digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    @Test func progressLineSaysFilesSpeedAndTimeLeft() {
        let p = ReportProgress(documentsDone: 3, filesTotal: 5, bytesDone: 2_000_000, bytesTotal: 4_000_000, elapsed: 1)
        #expect(p.line == "3/5 files, 2.0 MB/s, 1 s left")
        let stream = ReportProgress(documentsDone: 1, filesTotal: nil, bytesDone: 0, bytesTotal: nil, elapsed: 0)
        #expect(stream.line == "1 document, 0.0 MB/s")
    }

    @Test(arguments: [
        ("总投资约3.25亿元", "约3.25亿元"),
        ("500万元以上", "500万元以上"),
        ("不足30公里", "不足30公里"),
        ("最低气温零下二十几度", "-20℃以下"),   // colder than -20℃, not "-20℃以上"
        ("气温将近零下20℃", "-20℃以上"),       // nearly -20℃: warmer
    ])
    func qualifiersReadTheWayTheTextMeansThem(text: String, shown: String) throws {
        let mention = try #require(Extractor().mentions(in: text, doc: "t").first)
        #expect(MentionDisplay.value(mention) == shown)
    }

    @Test func htmlAndMarkdownEscapeWhatTheTextHolds() {
        #expect(Markup.html("<b>\"A&B\"</b>") == "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;")
        #expect(Markup.markdownCell("a|b\nc<d") == "a\\|b c&lt;d")
    }

    @Test func genericLabelsTakeTheWordsBeforeThemInTheirClause() {
        func money(_ text: String, label: String?, sentence: String) -> Mention {
            Mention(doc: "a.txt", start: 0, end: 1, text: text, value: 1, unit: "CNY", dimension: .money,
                    surfaceUnit: "亿元", label: label, sentence: sentence)
        }
        let key = money("145.7亿元", label: "重点项目", sentence: "2020年,全区共组织实施重点项目41个,总投资145.7亿元。")
        #expect(StandardCharts.caption(of: key) == "全区共组织实施重点项目")
        let long = money("超过 160 亿元", label: "项目", sentence: "长白山双孢菇三产融合等77个项目总投资超过160亿元的成功签约；")
        #expect(StandardCharts.caption(of: long) == "…孢菇三产融合等77个项目")
        let named = money("3.25亿元", label: "热电联产长输管道", sentence: "总投资3.25亿元的热电联产长输管道投入使用。")
        #expect(StandardCharts.caption(of: named) == "热电联产长输管道")
        let bare = Mention(doc: "a.txt", start: 0, end: 3, text: "5米多", value: 5, unit: "m", dimension: .length,
                           surfaceUnit: "米", sentence: "区政府广场前,5米多高的“笑龙”右手高举彩灯")
        #expect(StandardCharts.caption(of: bare) == "5米多高的")
    }

    @Test func overlayPutsOneLinkOnEachBarWithASource() throws {
        let spec = ChartSpec(kind: .hbar, categories: ["甲", "乙"], series: [ChartSeries(values: [3, 1])], unit: "CNY")
        let bar = { (c: Int) in RectCommand(rect: Rect(x: 10, y: 20 + Double(c) * 30, width: 100, height: 20), fill: Color(rgb: 0), role: .bar(series: 0, category: c)) }
        let drawing = ChartDrawing(size: Size(width: 200, height: 100), commands: [.rect(bar(0)), .rect(bar(1))], title: "t", summary: "s", orientation: .horizontal)
        var corpus = ReportCorpus()
        corpus.add(.init(doc: "a.txt", bytes: 10))
        let chart = ReportChart(name: "x", spec: spec, barSources: [.init(series: 0, category: 1): SourceLink(document: "a.txt", in: corpus)])
        let svg = Array("<?xml version=\"1.0\"?>\n<svg width=\"200px\"></svg>\n".utf8)
        let out = String(decoding: SVGLinkOverlay.inline(SVGLinkOverlay.add(to: svg, drawing: drawing, chart: chart)), as: UTF8.self)
        #expect(out.hasPrefix("<svg width=\"200px\">"))
        #expect(out.contains("<a href=\"#doc-0\"><rect x=\"10.00\" y=\"50.00\" width=\"100.00\" height=\"20.00\""))
        #expect(out.components(separatedBy: "<a href=").count == 2, "only the bar with a source")
        #expect(out.contains("<title>乙\na.txt</title>"))
    }
}
