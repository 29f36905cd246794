/// Axis ticks chosen by the "extended Wilkinson" algorithm of Talbot, Lin & Hanrahan,
/// "An Extension of Wilkinson's Algorithm for Positioning Tick Labels on Axes" (InfoVis 2010).
///
/// It searches steps q·10^z·j (q from the nice numbers `Q`, j a skip factor) and tick counts,
/// scoring each labeling by simplicity (nicer q, includes zero), coverage (ticks span the data
/// closely), density (near the wanted tick count) and legibility (constant here: every label
/// is drawn in the same font and orientation), with weights 0.25, 0.2, 0.5, 0.05; the search
/// prunes with the scores' upper bounds. Bars need the axis to cover the tallest bar, so only
/// labelings whose first and last ticks enclose the data are accepted (`loose`), and when the
/// data spans zero, zero must be one of the ticks (the paper only rewards it in simplicity).
///
/// ```swift
/// let ticks = NiceTicks.extended(min: 0, max: 12, targetCount: 5)
/// print(ticks.values)   // Prints "[0.0, 3.0, 6.0, 9.0, 12.0]"
/// ```
public struct NiceTicks: Sendable, Hashable {
    /// The first tick.
    public var lower: Double
    /// The last tick.
    public var upper: Double
    /// The distance between ticks.
    public var step: Double

    /// The nice numbers, most preferred first.
    public static let niceNumbers: [Double] = [1, 5, 2, 2.5, 4, 3]
    /// Weights of simplicity, coverage, density and legibility.
    public static let weights = (simplicity: 0.25, coverage: 0.2, density: 0.5, legibility: 0.05)

    /// Creates ticks from `lower` to `upper` every `step`.
    public init(lower: Double, upper: Double, step: Double) {
        self.lower = lower
        self.upper = upper
        self.step = step
    }

    /// Every tick value, computed from the integer index so no error accumulates, and snapped to
    /// the step's decimals (0.30000000000000004 becomes 0.3).
    public var values: [Double] {
        guard step > 0, upper >= lower else { return [lower] }
        let count = Int(((upper - lower) / step).rounded()) + 1
        let digits = fractionDigits
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return (0..<count).map { i in
            let raw = lower + Double(i) * step
            return (raw * scale).rounded() / scale
        }
    }

    /// How many decimals the step needs (0 for 1, 5, 100; 1 for 0.5; 2 for 0.25).
    public var fractionDigits: Int {
        var scaled = step
        for digits in 0...8 {
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, abs(scaled)) { return digits }
            scaled *= 10
        }
        return 8
    }

    /// The best labeling of `min...max` with about `targetCount` ticks.
    ///
    /// - Parameter loose: accept only labelings whose ticks enclose the data (bars: the axis must
    ///   cover the tallest bar).
    public static func extended(min dmin: Double, max dmax: Double, targetCount m: Int, loose: Bool = true) -> NiceTicks {
        guard dmin.isFinite, dmax.isFinite else { return NiceTicks(lower: 0, upper: 1, step: 1) }
        var dmin = Swift.min(dmin, dmax)
        var dmax = Swift.max(dmin, dmax)
        if dmax - dmin < 1e-12 * Swift.max(1, abs(dmax)) {
            // One value: widen to include zero, or around the value if it is zero.
            if dmax == 0 { dmax = 1 } else if dmax > 0 { dmin = 0 } else { dmax = 0 }
        }
        let m = Swift.max(2, m)
        let q = niceNumbers
        let w = weights
        var best: NiceTicks?
        var bestScore = -2.0

        var j = 1.0
        search: while j < 64 {
            for (index, qi) in q.enumerated() {
                let sm = simplicityMax(index: index, count: q.count, j: j)
                if w.simplicity * sm + w.coverage + w.density + w.legibility < bestScore { break search }
                var k = 2.0
                while k < 64 {
                    let dm = densityMax(k: k, m: Double(m))
                    if w.simplicity * sm + w.coverage + w.density * dm + w.legibility < bestScore { break }
                    let delta = (dmax - dmin) / (k + 1) / j / qi
                    var z = (log10(delta)).rounded(.up)
                    while z < 400 {
                        let step = j * qi * pow10(z)
                        let cm = coverageMax(dmin: dmin, dmax: dmax, span: step * (k - 1))
                        if w.simplicity * sm + w.coverage * cm + w.density * dm + w.legibility < bestScore { break }
                        let minStart = (dmax / step).rounded(.down) * j - (k - 1) * j
                        let maxStart = (dmin / step).rounded(.up) * j
                        if minStart > maxStart {
                            z += 1
                            continue
                        }
                        var start = minStart
                        while start <= maxStart {
                            let lmin = start * (step / j)
                            let lmax = lmin + step * (k - 1)
                            let s = simplicity(index: index, count: q.count, j: j, lmin: lmin, lmax: lmax, step: step)
                            let c = coverage(dmin: dmin, dmax: dmax, lmin: lmin, lmax: lmax)
                            let g = density(k: k, m: Double(m), dmin: dmin, dmax: dmax, lmin: lmin, lmax: lmax)
                            let score = w.simplicity * s + w.coverage * c + w.density * g + w.legibility
                            let encloses = lmin <= dmin + 1e-9 * abs(step) && lmax >= dmax - 1e-9 * abs(step)
                            // Bars grow from zero: when the data spans zero, zero must be a tick.
                            let zeroTick = abs((lmin / step) - (lmin / step).rounded()) < 1e-9
                            let zeroOK = dmin > 0 || dmax < 0 || (lmin <= 0 && lmax >= 0 && zeroTick)
                            if score > bestScore, zeroOK, !loose || encloses {
                                bestScore = score
                                best = NiceTicks(lower: lmin, upper: lmax, step: step)
                            }
                            start += 1
                        }
                        z += 1
                    }
                    k += 1
                }
            }
            j += 1
        }
        return best ?? NiceTicks(lower: dmin, upper: dmax, step: dmax - dmin)
    }

    private static func simplicity(index: Int, count: Int, j: Double, lmin: Double, lmax: Double, step: Double) -> Double {
        let eps = 1e-10
        let r = lmin.truncatingRemainder(dividingBy: step)
        let remainder = r < 0 ? r + step : r
        let zeroIncluded = (remainder < eps || step - remainder < eps) && lmin <= 0 && lmax >= 0
        return 1 - Double(index) / Double(count - 1) - j + (zeroIncluded ? 1 : 0)
    }

    private static func simplicityMax(index: Int, count: Int, j: Double) -> Double {
        1 - Double(index) / Double(count - 1) - j + 1
    }

    private static func coverage(dmin: Double, dmax: Double, lmin: Double, lmax: Double) -> Double {
        let range = dmax - dmin
        return 1 - 0.5 * ((dmax - lmax) * (dmax - lmax) + (dmin - lmin) * (dmin - lmin)) / ((0.1 * range) * (0.1 * range))
    }

    private static func coverageMax(dmin: Double, dmax: Double, span: Double) -> Double {
        let range = dmax - dmin
        guard span > range else { return 1 }
        let half = (span - range) / 2
        return 1 - 0.5 * (2 * half * half) / ((0.1 * range) * (0.1 * range))
    }

    private static func density(k: Double, m: Double, dmin: Double, dmax: Double, lmin: Double, lmax: Double) -> Double {
        let r = (k - 1) / (lmax - lmin)
        let rt = (m - 1) / (Swift.max(lmax, dmax) - Swift.min(dmin, lmin))
        return 2 - Swift.max(r / rt, rt / r)
    }

    private static func densityMax(k: Double, m: Double) -> Double {
        k >= m ? 2 - (k - 1) / (m - 1) : 1
    }
}

/// 10^z for an integral z, by repeated multiplication (no Foundation `pow`).
func pow10(_ z: Double) -> Double {
    var result = 1.0
    let n = Int(z)
    if n >= 0 { for _ in 0..<n { result *= 10 } } else { for _ in 0..<(-n) { result /= 10 } }
    return result
}

/// log10 without Foundation: the decimal exponent from the binary one, refined.
func log10(_ x: Double) -> Double {
    guard x > 0, x.isFinite else { return x == 0 ? -.infinity : .nan }
    // log10(x) = log2(x) / log2(10); log2 from the exponent and a series on the significand.
    let exponent = Double(x.exponent)
    let significand = x.significand  // in [1, 2)
    // ln(s) by the atanh series: ln(s) = 2 atanh((s-1)/(s+1)), converging fast for s in [1,2).
    let t = (significand - 1) / (significand + 1)
    let t2 = t * t
    var term = t
    var sum = 0.0
    var n = 1.0
    while n < 60 {
        sum += term / n
        term *= t2
        n += 2
    }
    let ln = 2 * sum + exponent * 0.6931471805599453
    return ln / 2.302585092994046
}
