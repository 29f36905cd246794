// Extracts the quantities of a paragraph with the library and draws its investments as a bar
// chart: the smallest complete use of TongjiExtract, TongjiChart and TongjiCairo together.
//
//   swift run ExtractAndChart [OUTPUT.png|.svg|.pdf]     (default: investments.png)
import TongjiCairo
import TongjiChart
import TongjiExtract
#if canImport(Glibc)
import Glibc
#endif

let text = """
    总投资3.25亿元的热电联产长输管道投入使用；新建改造城区公路63.2公里。\
    总投资1.39亿元的肉牛示范养殖、总投资2.37亿元的源翔祖代鸡项目相继开工，\
    累计签约项目43个，计划总投资达到130.41亿元。
    """
let output = CommandLine.arguments.dropFirst().first ?? "investments.png"

// 1. Every quantity, normalized to its base unit, with what it measures.
let mentions = Extractor().mentions(in: text, doc: "example")
for m in mentions {
    print("\(m.start)\t\(m.text)\t\(m.value) \(m.unit)\t\(m.dimension.rawValue)\t\(m.label ?? "")")
}

// 2. The money amounts with a label, largest first, as a horizontal bar chart in 亿元.
let money = mentions.filter { $0.dimension == .money && $0.label != nil }.sorted { $0.value > $1.value }
let spec = ChartSpec(
    kind: .hbar, categories: money.map { $0.label ?? "" }, series: [ChartSeries(values: money.map(\.value))],
    title: "项目投资额", source: "示例文本", unit: "CNY", valueTitle: "投资额")

// 3. Drawn with Cairo and Pango; the format follows the extension.
do {
    try CairoChartRenderer().write(spec, to: output)
    print("wrote \(output)")
} catch {
    print("error: \(error)")
    exit(1)
}
