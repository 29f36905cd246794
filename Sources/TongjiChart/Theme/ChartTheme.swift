/// Fonts, colours and spacing of a chart: a clean light theme that prints well.
///
/// All sizes are in canvas pixels (CSS px); PNG output multiplies them by its scale.
public struct ChartTheme: Sendable, Hashable {
    /// Canvas background.
    public var background = Color(rgb: 0xFFFFFF)
    /// Title, labels and legend text.
    public var text = Color(rgb: 0x222222)
    /// Subtitle, source note, tick labels and axis titles.
    public var secondaryText = Color(rgb: 0x595959)
    /// Grid lines at the ticks.
    public var grid = Color(rgb: 0xE3E3E3)
    /// The zero line and the category axis.
    public var axis = Color(rgb: 0x404040)
    /// Series colours, cycled.
    public var palette: [Color] = ChartPalette.okabeIto

    /// Title text.
    public var titleStyle = TextStyle(size: 18, weight: .bold)
    /// Subtitle text.
    public var subtitleStyle = TextStyle(size: 13)
    /// Category labels, tick labels, axis titles and the legend.
    public var labelStyle = TextStyle(size: 12)
    /// Numbers on or beside the bars.
    public var valueStyle = TextStyle(size: 11)
    /// The 数据来源 line.
    public var sourceStyle = TextStyle(size: 11)

    /// Space between the canvas edge and anything drawn.
    public var margin = 16.0
    /// Space between neighbouring blocks (title and subtitle, labels and bars).
    public var gap = 6.0

    /// The default theme.
    public init() {}

    /// The colour of series `index`, cycling through the palette.
    public func color(forSeries index: Int) -> Color {
        guard !palette.isEmpty else { return ChartPalette.color(forSeries: index) }
        return palette[index % palette.count]
    }
}
