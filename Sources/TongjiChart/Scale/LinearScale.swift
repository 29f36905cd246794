/// Maps values in a domain linearly onto pixel positions in a range.
///
/// ```swift
/// let y = LinearScale(domain: 0...10, range: (400, 100))   // up is smaller y
/// print(y(5))   // Prints "250.0"
/// ```
public struct LinearScale: Sendable, Hashable {
    /// The smallest value shown.
    public var domainMin: Double
    /// The largest value shown.
    public var domainMax: Double
    /// The position of `domainMin`.
    public var rangeStart: Double
    /// The position of `domainMax`.
    public var rangeEnd: Double

    /// Creates a scale mapping `domain` onto `range.0 ... range.1` (either direction).
    public init(domain: ClosedRange<Double>, range: (Double, Double)) {
        domainMin = domain.lowerBound
        domainMax = domain.upperBound
        rangeStart = range.0
        rangeEnd = range.1
    }

    /// The position of `value` (values outside the domain extrapolate).
    public func callAsFunction(_ value: Double) -> Double {
        let span = domainMax - domainMin
        guard span > 0 else { return rangeStart }
        return rangeStart + (value - domainMin) / span * (rangeEnd - rangeStart)
    }
}
