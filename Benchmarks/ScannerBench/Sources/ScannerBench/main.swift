// Measures the extraction core on the seed articles, document by document (as the CLI calls it),
// in CPU seconds, best of several rounds (the machine is shared). Beside it, in the same run:
// NSRegularExpression finding number + unit with a comparable pattern, as the peer.
//
// usage: ScannerBench SEEDS_DIR [REPEAT]
import Foundation
import TongjiExtract

let args = CommandLine.arguments
guard args.count > 1 else {
    FileHandle.standardError.write(Data("usage: ScannerBench SEEDS_DIR [REPEAT]\n".utf8))
    exit(2)
}
let dir = URL(fileURLWithPath: args[1])
let repeatCount = args.count > 2 ? Int(args[2]) ?? 200 : 200
let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
let texts = try names.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count } * repeatCount) / 1e6

func cpuSeconds(_ body: () -> Int) -> (Double, Int) {
    var best = Double.infinity
    var result = 0
    for _ in 0..<5 {
        let c0 = clock()
        result = body()
        best = min(best, Double(clock() - c0) / Double(CLOCKS_PER_SEC))
    }
    return (best, result)
}

func report(_ name: String, _ seconds: Double, _ found: Int, reference: Double? = nil) {
    let rate = megabytes / seconds
    var line = String(format: "%-40@ %7.1f MB in %.3f CPU-s  %7.0f MB/s  %7d found", name as NSString, megabytes, seconds, rate, found)
    if let reference { line += String(format: "  (%.2fx)", reference / seconds) }
    print(line)
}

print("corpus: \(names.count) seed articles × \(repeatCount), extracted one document at a time; best of 5 rounds")
let bare = Extractor(context: false)
let (tBare, nBare) = cpuSeconds { var n = 0; for _ in 0..<repeatCount { for t in texts { n += bare.extract(t, doc: "d").mentions.count } }; return n }
report("Extractor(context: false)", tBare, nBare)
let full = Extractor()
let (tFull, nFull) = cpuSeconds { var n = 0; for _ in 0..<repeatCount { for t in texts { n += full.extract(t, doc: "d").mentions.count } }; return n }
report("Extractor() with label/keyword", tFull, nFull, reference: tBare)

// Peer: one NSRegularExpression for Arabic numbers with a scale and a few units.
let pattern = #"[0-9]+(?:\.[0-9]+)?\s*(?:万|亿)?\s*(?:元|平方米|平方公里|公里|米|吨|亩|个|家|户|人|%)"#
let regex = try NSRegularExpression(pattern: pattern)
let (tRegex, nRegex) = cpuSeconds {
    var n = 0
    for _ in 0..<max(1, repeatCount / 10) {
        for t in texts { n += regex.numberOfMatches(in: t, range: NSRange(t.startIndex..., in: t)) }
    }
    return n * 10
}
report("NSRegularExpression (peer, ~10 units)", tRegex * 10, nRegex, reference: tBare)

// Ceiling: the same texts with every digit and Chinese numeral removed, so only the byte loop runs.
let numerals = Set("0123456789零〇一二两三四五六七八九十百千万亿半")
let plain = texts.map { String($0.filter { !numerals.contains($0) }) }
let (tLoop, _) = cpuSeconds { var n = 0; for _ in 0..<repeatCount { for t in plain { n += bare.extract(t, doc: "d").mentions.count } }; return n }
report("byte loop only (numerals removed)", tLoop * megabytes / (Double(plain.reduce(0) { $0 + $1.utf8.count } * repeatCount) / 1e6), 0, reference: tBare)
