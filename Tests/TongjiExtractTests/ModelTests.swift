import Testing
@testable import TongjiExtract

/// The shared record: exact decimals and the JSON Lines codec other tools read.
@Suite struct ModelTests {
    @Test func exactDecimalScalesWithoutRounding() {
        let v = ExactDecimal("3.25")!.scaled(byPowerOfTen: 8)
        #expect(v.description == "325000000")
        #expect(v.doubleValue == 325_000_000)
        #expect(ExactDecimal("130.41")!.scaled(byPowerOfTen: 8).description == "13041000000")
        #expect(ExactDecimal("-12.6")!.description == "-12.6")
        #expect(ExactDecimal("0.05")!.description == "0.05")
        #expect(ExactDecimal("0.1")!.adding(ExactDecimal("0.2")!)!.description == "0.3")
    }

    @Test func exactDecimalRefusesTooManyDigits() {
        #expect(ExactDecimal(String(repeating: "9", count: 400)) == nil)
        #expect(ExactDecimal("1.2.3") == nil)
        #expect(ExactDecimal("") == nil)
    }

    @Test func mentionRoundTripsThroughJSONInSpecOrder() throws {
        let m = Mention(doc: "a.txt", start: 3, end: 9, text: "3.25\n亿元", value: 325_000_000,
                        unit: "CNY", dimension: .money, surfaceUnit: "亿元", keyword: "总投资",
                        exactValue: ExactDecimal("325000000"))
        let line = m.jsonLine
        #expect(line.hasPrefix(#"{"doc":"a.txt","start":3,"end":9,"text":"3.25\n亿元","value":325000000,"value_max":null,"unit":"CNY","dimension":"money","qualifier":"exact","surface_unit":"亿元""#))
        let back = try Mention(json: FlatJSONObject(parsing: line))
        #expect(back == m)
    }

    @Test func flatJSONReadsEscapesAndReportsPosition() throws {
        let o = try FlatJSONObject(parsing: #"{"id": "x\"1", "text": "\u4e2d\ud83d\ude00", "n": [1, {"a": 2}]}"#)
        #expect(o["id"]?.stringValue == "x\"1")
        #expect(o["text"]?.stringValue == "中😀")
        #expect(o["n"] == .raw(#"[1, {"a": 2}]"#))
        #expect(throws: JSONLineError(byteOffset: 6, reason: "expected ':' after a key")) {
            try FlatJSONObject(parsing: #"{"id" 1, "#)
        }
    }
}
