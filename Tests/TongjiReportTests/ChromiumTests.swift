import Foundation
import Testing

/// The real client: headless Chromium (Debian's package, installed by scripts/bootstrap) opens
/// `report.html` from disk with the network off, and what it builds and paints is checked.
@Suite struct ChromiumTests {
    /// Chromium's flags, with a profile of its own per run (two at once cannot share one).
    static func flags(_ profile: ScratchFolder) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         "--disable-extensions", "--proxy-server=127.0.0.1:9", "--user-data-dir=\(profile.url.path)"]
    }

    @Test func theDOMHoldsTheTablesChartsAndSourceLinks() throws {
        let report = try SeedsReport.get()
        let page = report.folder.appendingPathComponent("report.html").absoluteString
        let profile = try ScratchFolder()  // held until chromium is done, then removed with what it wrote
        let run = try withExtendedLifetime(profile) { try runProgram(["chromium"] + Self.flags(profile) + ["--dump-dom", page]) }
        #expect(run.status == 0)
        let dom = String(decoding: run.output, as: UTF8.self)
        #expect(dom.contains("<h1>统计报告</h1>"))
        #expect(dom.components(separatedBy: "<svg").count - 1 == 4, "four inline charts")
        #expect(dom.components(separatedBy: "<table>").count - 1 >= 8, "three tables and one per document")
        #expect(dom.contains("热电联产长输管道"))
        #expect(dom.components(separatedBy: "href=\"#m-").count > 90, "figures link to their sentences")
        #expect(dom.contains("<mark>"))
    }

    @Test func theScreenshotShowsAPaintedPage() throws {
        let report = try SeedsReport.get()
        let page = report.folder.appendingPathComponent("report.html").absoluteString
        let shot = report.folder.deletingLastPathComponent().appendingPathComponent("tongji-report-shot-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: shot) }
        let profile = try ScratchFolder()
        let run = try withExtendedLifetime(profile) {
            try runProgram(["chromium"] + Self.flags(profile) + ["--window-size=1200,1600", "--screenshot=\(shot.path)", page])
        }
        #expect(run.status == 0)
        // Decoded independently of Cairo (zlib only): the page's size, and enough ink for
        // charts and text rather than a blank or error page.
        let probe = SeedsReport.root.appendingPathComponent("Tests/TongjiCairoTests/Support/png_probe.py").path
        let decoded = try runProgram(["python3", probe, shot.path])
        let info = try JSONSerialization.jsonObject(with: decoded.output) as? [String: Any]
        #expect(info?["width"] as? Int == 1200)
        #expect(info?["height"] as? Int == 1600)
        let ink = try #require(info?["ink"] as? Int)
        #expect(ink > 1200 * 1600 / 50, "non-white pixels: \(ink)")
    }
}
