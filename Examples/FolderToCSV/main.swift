// Turns a folder of articles into one CSV of investment projects, ranked by amount, with the
// library's streaming extraction and the `investments` preset: what `tongji table --preset
// investments` does, in a dozen lines of your own code.
//
//   swift run FolderToCSV seeds investments.csv        (the CSV opens in Excel: it has a BOM)
import TongjiExtract
import TongjiTables
#if canImport(Glibc)
import Glibc
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2 else {
    print("usage: FolderToCSV FOLDER OUTPUT.csv")
    exit(2)
}

// Every *.txt below the folder, read and extracted a piece at a time on every core.
var projects = InvestmentsTable()
let summary = extractAll(paths: [arguments[0]]) { result in
    for issue in result.issues { print("warning: \(issue)") }
    for mention in result.mentions { projects.add(mention) }
}

// RFC 4180 CSV with a byte order mark, exact amounts in yuan.
let csv = CSVTableWriter.write(projects.table(), bom: true)
guard let file = fopen(arguments[1], "wb"), fwrite(csv, 1, csv.count, file) == csv.count, fclose(file) == 0 else {
    print("error: cannot write \"\(arguments[1])\"")
    exit(1)
}
print("\(summary.mentions) mentions, \(projects.table().rows.count) projects → \(arguments[1])")
