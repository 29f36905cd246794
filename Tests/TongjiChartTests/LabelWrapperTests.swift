import Testing
@testable import TongjiChart

/// CJK-aware wrapping: between CJK characters, never inside a number or a Latin word.
struct LabelWrapperTests {
    /// 10 px per CJK character, 6 px per other character.
    let wrapper = LabelWrapper(measurer: ApproximateTextMeasurer(), style: TextStyle(size: 10))

    @Test func breaksBetweenChineseCharacters() {
        #expect(wrapper.wrap("热电联产长输管道工程", width: 50) == ["热电联产长", "输管道工程"])
        #expect(wrapper.wrap("热电联产长输管道工程", width: 200) == ["热电联产长输管道工程"])
    }

    @Test func neverBreaksInsideANumberOrALatinWord() {
        let lines = wrapper.wrap("总投资3.25亿元G15沈海高速PM2.5", width: 45)
        #expect(lines.joined() == "总投资3.25亿元G15沈海高速PM2.5")
        for word in ["3.25", "G15", "PM2.5"] {
            #expect(lines.contains { $0.contains(word) }, "\(word) was split: \(lines)")
        }
        #expect(wrapper.wrap("年产1,234,567吨", width: 60).contains { $0.contains("1,234,567") })
    }

    @Test func punctuationStaysWithItsNeighbour() {
        let lines = wrapper.wrap("城区道路（一期），管网", width: 40)
        for line in lines.dropFirst() {
            #expect(!"，。、）》".contains(line.first!), "line starts with closing punctuation: \(lines)")
        }
        for line in lines.dropLast() {
            #expect(!"（《".contains(line.last!), "line ends with opening punctuation: \(lines)")
        }
    }

    @Test func tooManyLinesEndWithAnEllipsisThatFits() {
        let lines = wrapper.wrap("城区道路提升改造及配套管网建设项目", width: 50, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("…"))
        #expect(lines.allSatisfy { ApproximateTextMeasurer().measure($0, style: TextStyle(size: 10)).width <= 50 })
    }

    @Test func aWordWiderThanTheLineIsCutNotBroken() {
        let lines = wrapper.wrap("ABCDEFGHIJKLMNOP", width: 30)
        #expect(lines == ["ABCD…"])
    }

    @Test func balancedWrappingAvoidsALonelyLastCharacter() {
        let lines = wrapper.wrapBalanced("新能源汽车零部件产业园", width: 100)
        #expect(lines.count == 2)
        #expect(lines.map(\.count).min()! >= 5, "\(lines)")
    }
}
