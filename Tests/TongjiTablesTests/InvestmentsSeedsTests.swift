import Foundation
import Testing
import TongjiExtract
import TongjiTables

/// The investments preset on the seed articles gives the projects a reader lists.
///
/// Checked by hand against seeds/*.txt (`grep -o "投资[^，。]*" seeds/*.txt`): every investment
/// amount the articles state, largest first, with the documents it appears in. 3.25亿元 for the
/// 热电联产长输管道 is stated in two articles and counts once with both sources; 重点项目's
/// 当年计划投资45.9亿元 stays beside its 总投资145.7亿元. Labels are pinned by the words that name
/// the project (the scanner may still move a label's edge, e.g. "…山梨酸项目现场"); amounts,
/// qualifiers and sources are pinned exactly.
@Suite("Investments preset on the seeds")
struct InvestmentsSeedsTests {
    /// (label words, or nil where the article names no project; amount in yuan; qualifier; sources)
    static let expected: [(String?, String, String, [String])] = [
        (nil, "16000000000", "over", ["002_fd796faed062ca86.txt"]),                 // 77个项目总投资超过160亿元
        ("重点项目", "14570000000", "exact", ["003_55aebda58ea0fc25.txt"]),          // 重点项目41个,总投资145.7亿元
        ("项目", "13041000000", "exact", ["000_868fe82f5a9cc58e.txt"]),              // 香港深泰石英砂深加工等项目43个…计划总投资130.41亿元
        ("山梨酸", "1200000000", "exact", ["003_55aebda58ea0fc25.txt"]),             // 投资12亿元的巨峰生化年产20万吨山梨酸项目
        ("热电联产长输管道", "325000000", "exact", ["000_868fe82f5a9cc58e.txt", "002_fd796faed062ca86.txt"]),
        ("源翔祖代鸡", "237000000", "exact", ["002_fd796faed062ca86.txt"]),
        ("肉牛示范养殖", "139000000", "exact", ["002_fd796faed062ca86.txt"]),
        ("浑江干流综合整治", "125000000", "exact", ["002_fd796faed062ca86.txt"]),
        ("丰金矿业玄武岩加工", "92000000", "exact", ["002_fd796faed062ca86.txt"]),
        (nil, "61800000", "exact", ["000_868fe82f5a9cc58e.txt"]),                    // 企业筹集资金6180万元,建设一条现代化生产线
        ("康盛物流一期", "50000000", "exact", ["002_fd796faed062ca86.txt"]),
        (nil, "15790000", "exact", ["002_fd796faed062ca86.txt"]),                    // 投资1579万元，新增各类环卫设备
        ("之江酒店", "14670000", "exact", ["002_fd796faed062ca86.txt"]),
        ("大棚", "2426000", "exact", ["003_55aebda58ea0fc25.txt"]),
    ]

    func check(_ doc: CSVDocument) {
        #expect(doc.header == ["label", "keyword", "amount_CNY", "qualifier", "sources", "other_amounts", "sentence"])
        #expect(doc.rows.count == Self.expected.count, "\(doc.rows.map { $0.prefix(3) })")
        for (row, want) in zip(doc.rows, Self.expected) {
            if let words = want.0 { #expect(row[0].contains(words), "\(row)") }
            #expect(row[2] == want.1, "\(row)")
            #expect(row[3] == want.2, "\(row)")
            #expect(row[4] == want.3.joined(separator: "; "), "\(row)")
        }
        let keyPlan = doc.rows.first { $0[0].contains("重点项目") }
        #expect(keyPlan?[5] == "计划投资=4590000000")
    }

    @Test("from the gold reference mentions (independent of the scanner)")
    func fromGoldMentions() throws {
        var builder = Preset.investments.builder()
        var reader = MentionRecordReader()
        try reader.read(path: Repo.path("Tests/Fixtures/gold/seeds.gold.jsonl")) { builder.add($0) }
        #expect(reader.skipped == 0)
        let doc = try CSVDocument.parse(bytes: TableFormat.csv.render(try builder.table()))
        check(doc)
    }

    @Test("tongji table --preset investments seeds/ (extraction inline)", .enabled(if: tongjiBinary != nil))
    func fromSeedTexts() throws {
        let r = try tongji(["table", "--preset", "investments", "--format", "csv", Repo.path("seeds")])
        #expect(r.status == 0, "\(r.stderr.text)")
        check(try CSVDocument.parse(bytes: Array(r.stdout)))
    }
}
