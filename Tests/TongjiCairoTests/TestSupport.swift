import Foundation
import Testing
import TongjiCairo
import TongjiChart

/// Paths, processes and reference charts shared by the Cairo tests.
enum Support {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let probeScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Support/png_probe.py").path

    /// A fresh temporary folder, removed with everything in it when the last reference goes.
    static func temporaryDirectory() throws -> ScratchFolder { try ScratchFolder() }

    /// Runs a program, returning its exit status and standard output.
    @discardableResult
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// What png_probe.py reports about a PNG file.
    struct PNGProbe: Decodable {
        var width: Int
        var height: Int
        var sha256: String
        var ink: Int
        var pixels: [[Int]]
    }

    /// Decodes a PNG independently of cairo (Python's zlib) and reads pixels at `points`.
    static func probe(_ path: String, _ points: [(Int, Int)] = []) throws -> PNGProbe {
        let result = try run("python3", [probeScript, path] + points.map { "\($0.0),\($0.1)" })
        guard result.status == 0 else { throw ProbeError(message: result.error) }
        return try JSONDecoder().decode(PNGProbe.self, from: Data(result.output.utf8))
    }

    struct ProbeError: Error { var message: String }

    /// The RGB bytes of a colour, as the probe reports them.
    static func rgb(_ color: Color) -> [Int] {
        let b = color.bytes
        return [Int(b.red), Int(b.green), Int(b.blue)]
    }

    /// The reference chart: investment projects in 亿元, horizontal.
    static let investments = ChartSpec(
        kind: .hbar,
        categories: ["热电联产长输管道工程", "城区道路提升改造及配套管网建设项目", "新能源汽车零部件产业园", "G15沈海高速扩建", "污水处理厂"],
        series: [ChartSeries(values: [3.25e8, 1.28e8, 5.6e8, 1.2e9, 4.5e7])],
        sort: .desc, title: "重点项目总投资 <A&B>", subtitle: "按项目汇总", source: "各区县政府网站",
        unit: "CNY", valueTitle: "总投资")

    /// A grouped chart with negative values.
    static let growth = ChartSpec(
        kind: .grouped, categories: ["工业", "建筑业", "批发零售", "住宿餐饮"],
        series: [ChartSeries(name: "2023年", values: [5.2, -3.1, 6.8, 12.6]), ChartSeries(name: "2024年", values: [6.1, 2.4, -1.5, 8.9])],
        title: "各行业增加值增速", source: "统计公报", unit: "%", valueTitle: "增速")

    /// The centre of each bar, in chart pixels, with its colour.
    static func barCenters(_ drawing: ChartDrawing) -> [(Point, Color)] {
        drawing.rects.compactMap { rect in
            if case .bar = rect.role, rect.rect.width >= 4, rect.rect.height >= 4 { return (rect.rect.center, rect.fill) }
            return nil
        }
    }
}

/// A folder under the temporary directory, removed when released, so that test runs leave nothing in /tmp.
final class ScratchFolder: Sendable {
    /// The folder.
    let url: URL

    /// Creates a fresh, empty folder.
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tongji-cairo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The folder's path.
    var path: String { url.path }

    /// A file or folder inside it.
    func appendingPathComponent(_ name: String) -> URL { url.appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(at: url) }
}
