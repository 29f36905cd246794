import TongjiChart

/// Where a line is stroked so 1-px horizontal and vertical lines stay crisp: their ends move to
/// the middle of a pixel (odd widths) or to a pixel edge (even widths). PNG, SVG and PDF all
/// stroke the snapped ends, so every format draws the same line.
enum LineSnap {
    /// The snapped ends of a line from `from` to `to` stroked `width` wide.
    static func ends(from: Point, to: Point, width: Double) -> (Point, Point) {
        let offset = width.truncatingRemainder(dividingBy: 2) == 1 ? 0.5 : 0
        let snap: (Double) -> Double = { ($0 - offset).rounded() + offset }
        let (x0, x1) = from.x == to.x ? (snap(from.x), snap(to.x)) : (from.x, to.x)
        let (y0, y1) = from.y == to.y ? (snap(from.y), snap(to.y)) : (from.y, to.y)
        return (Point(x: x0, y: y0), Point(x: x1, y: y1))
    }
}
