import Foundation
import Testing
@testable import TongjiChart

/// The draw-command transcript of reference charts, compared with the files in __Snapshots__.
/// Re-record after an intended layout change with `RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests`
/// and review the diff.
struct SnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

    static func transcript(_ spec: ChartSpec) throws -> String {
        let drawing = try ChartLayout(measurer: ApproximateTextMeasurer()).layout(spec)
        var recorder = RecordingRenderer()
        try drawing.replay(on: &recorder)
        return "title: \(drawing.title)\nsummary: \(drawing.summary)\n" + recorder.transcript
    }

    static func check(_ name: String, _ spec: ChartSpec) throws {
        let actual = try transcript(spec)
        let file = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("""
                \(name): transcript differs from \(file.path) at line \(first + 1)
                expected: \(first < e.count ? String(e[first]) : "<end>")
                actual:   \(first < a.count ? String(a[first]) : "<end>")
                (re-record with RECORD_SNAPSHOTS=1 if the change is intended)
                """)
        }
    }

    @Test func investmentsHorizontal() throws {
        try Self.check("investments-hbar", ChartSpec(
            kind: .hbar,
            categories: ["热电联产长输管道工程", "城区道路提升改造及配套管网建设项目", "新能源汽车零部件产业园", "G15沈海高速扩建", "污水处理厂"],
            series: [ChartSeries(values: [3.25e8, 1.28e8, 5.6e8, 1.2e9, 4.5e7])],
            sort: .desc, title: "重点项目总投资", subtitle: "按项目汇总", source: "各区县政府网站",
            unit: "CNY", valueTitle: "总投资"))
    }

    @Test func groupedVerticalWithNegatives() throws {
        try Self.check("growth-grouped", ChartSpec(
            kind: .grouped, categories: ["工业", "建筑业", "批发零售", "住宿餐饮"],
            series: [ChartSeries(name: "2023年", values: [5.2, -3.1, 6.8, 12.6]), ChartSeries(name: "2024年", values: [6.1, 2.4, -1.5, 8.9])],
            title: "各行业增加值增速", source: "统计公报", unit: "%", valueTitle: "增速"))
    }
}
