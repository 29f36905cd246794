import Foundation
import Testing
import TongjiExtract
import TongjiTables

/// A real spreadsheet program reads the `--bom` CSV: LibreOffice (headless) converts it to XLSX,
/// and the workbook holds the Chinese text and the numbers (as numbers) intact.
///
/// Headless conversion does not sniff the BOM the way LibreOffice's import dialog and Excel do, so
/// the import filter names UTF-8 (`CSV:44,34,76`: comma, double quote, UTF-8); the test then
/// checks that the BOM did not leak into the first header cell. A private profile
/// (`-env:UserInstallation`) keeps it independent of any running LibreOffice.
let sofficePath: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite("LibreOffice reads the CSV", .enabled(if: sofficePath != nil))
struct LibreOfficeTests {

    @Test(.timeLimit(.minutes(1)))
    func convertsToXLSXWithChineseAndNumbersIntact() throws {
        let dir = try temporaryDirectory("lo")
        defer { try? FileManager.default.removeItem(at: dir) }
        var builder = Preset.investments.builder()
        for m in Sample.investments + [Sample.money("e.txt", 1, "1234.56", label: "城区公路, 一期“改造”", keyword: "投资",
                                                    sentence: "=1+1 开头的句子\n换行")] {
            builder.add(m)
        }
        let table = try builder.table()
        let csv = dir.appendingPathComponent("investments.csv")
        try Data(TableFormat.csv.render(table, bom: true)).write(to: csv)

        let profile = "file://" + dir.appendingPathComponent("lo-profile").path
        let r = try run(sofficePath!, ["-env:UserInstallation=\(profile)", "--headless", "--infilter=CSV:44,34,76,1",
                                        "--convert-to", "xlsx", "--outdir", dir.path, csv.path])
        let xlsx = dir.appendingPathComponent("investments.xlsx")
        #expect(FileManager.default.fileExists(atPath: xlsx.path), "soffice: \(r.stdout.text) \(r.stderr.text)")

        // Read the workbook's cells with Python's zipfile + ElementTree (no spreadsheet library needed).
        let script = #"""
        import json, sys, zipfile, xml.etree.ElementTree as ET
        ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
        z = zipfile.ZipFile(sys.argv[1])
        strings = ["".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])) for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)]
        rows = []
        for row in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter("{%s}row" % ns["m"]):
            cells = []
            for c in row.findall("m:c", ns):
                col = 0
                for ch in c.get("r"):
                    if ch.isalpha(): col = col * 26 + ord(ch) - 64
                while len(cells) < col - 1: cells.append(None)   # empty cells have no element
                v = c.find("m:v", ns)
                if v is None: cells.append(None); continue
                if c.get("t") == "s": cells.append({"s": strings[int(v.text)]})
                else: cells.append({"n": v.text})
            rows.append(cells)
        print(json.dumps(rows, ensure_ascii=False))
        """#
        let py = try run("/usr/bin/env", ["python3", "-c", script, xlsx.path])
        #expect(py.status == 0, "\(py.stderr.text)")
        let rows = try JSONSerialization.jsonObject(with: py.stdout) as? [[Any]] ?? []
        func cell(_ r: Int, _ c: Int) -> [String: String]? { r < rows.count && c < rows[r].count ? rows[r][c] as? [String: String] : nil }

        #expect(cell(0, 0) == ["s": "label"])                      // no BOM leaked into the header
        #expect(cell(0, 2) == ["s": "amount_CNY"])
        #expect(rows.count == table.rows.count + 1)
        for (r, row) in table.rows.enumerated() {
            // Text cells: Chinese, commas, quotes intact (the guard's leading ' is kept as text).
            if case .text(let label) = row[0] { #expect(cell(r + 1, 0) == ["s": CSVWriter.guarded(label)]) }
            // Number cells arrive as numbers with the same value.
            if case .number(let amount) = row[2] {
                #expect(cell(r + 1, 2).flatMap { $0["n"] }.flatMap(Double.init) == Double(amount))
            }
        }
        #expect(rows.flatMap { $0 }.contains { ($0 as? [String: String])?["s"] == "城区公路, 一期“改造”" })
        #expect(rows.flatMap { $0 }.contains { ($0 as? [String: String])?["s"] == "'=1+1 开头的句子\n换行" })
    }
}
