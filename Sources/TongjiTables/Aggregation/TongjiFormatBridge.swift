import TongjiFormat

/// The one place TongjiTables turns doubles into machine text (CSV and JSON numbers).
enum TongjiFormatBridge {
    /// Plain decimal text with 15 significant digits, no exponent, no binary noise.
    static func plain(_ value: Double) -> String {
        ChineseNumberFormatter.plain(value)
    }
}
