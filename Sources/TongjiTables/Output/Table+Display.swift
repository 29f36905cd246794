import TongjiFormat

extension Table {
    /// A cell as people read it, the way the Markdown and terminal writers show it: numbers in
    /// Chinese units with their row's or column's unit (3.25亿元, 14.5万平方米, 1,234人), lists
    /// joined with "、", empty cells as "".
    ///
    /// For writers outside this module (the HTML report) that must show exactly what
    /// `tongji table --format markdown` shows.
    public func displayText(row: Int, column: Int, formatter: ChineseNumberFormatter = ChineseNumberFormatter()) -> String {
        HumanCells.text(self, row: row, column: column, formatter: formatter)
    }
}
