extension ChartSpec {
    /// The spec checked and with its order applied: categories sorted by their total over all
    /// series (stable, so ties keep input order), then cut to `top`.
    ///
    /// - Throws: `ChartError` for missing data, ragged series or non-finite values.
    public func prepared() throws(ChartError) -> ChartSpec {
        guard !categories.isEmpty, !series.isEmpty else { throw .noData }
        for s in series where s.values.count != categories.count {
            throw .seriesLengthMismatch(series: s.name, values: s.values.count, categories: categories.count)
        }
        for s in series {
            for (i, v) in s.values.enumerated() where !v.isFinite {
                throw .notFinite(category: categories[i], series: s.name)
            }
        }
        guard width >= 200, height >= 150 else { throw .canvasTooSmall(width: width, height: height) }
        var order = Array(categories.indices)
        let totals = categories.indices.map { i in series.reduce(0.0) { sum, s in sum + s.values[i] } }
        switch sort {
        case .desc: order.sort { totals[$0] > totals[$1] || (totals[$0] == totals[$1] && $0 < $1) }
        case .asc: order.sort { totals[$0] < totals[$1] || (totals[$0] == totals[$1] && $0 < $1) }
        case .none: break
        }
        if let top, top >= 0, top < order.count { order = Array(order.prefix(top)) }
        guard !order.isEmpty else { throw .noData }
        var result = self
        result.categories = order.map { categories[$0] }
        result.series = series.map { s in ChartSeries(name: s.name, values: order.map { s.values[$0] }) }
        result.sort = .none
        result.top = nil
        return result
    }
}
