/// The series colours: Okabe & Ito's palette (2008), which stays distinguishable for the common
/// forms of colour blindness and in greyscale print.
///
/// Ordered for bar charts on white: the strong blue first (one-series charts use it), yellow last
/// because it has the least contrast against white.
public enum ChartPalette {
    /// Okabe–Ito colours in the order series take them.
    public static let okabeIto: [Color] = [
        Color(rgb: 0x0072B2),  // blue
        Color(rgb: 0xE69F00),  // orange
        Color(rgb: 0x009E73),  // bluish green
        Color(rgb: 0xD55E00),  // vermillion
        Color(rgb: 0x56B4E9),  // sky blue
        Color(rgb: 0xCC79A7),  // reddish purple
        Color(rgb: 0xF0E442),  // yellow
        Color(rgb: 0x000000),  // black
    ]

    /// The colour of series `index` (cycling after eight).
    public static func color(forSeries index: Int) -> Color {
        okabeIto[((index % okabeIto.count) + okabeIto.count) % okabeIto.count]
    }
}
