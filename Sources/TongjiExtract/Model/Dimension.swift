/// What a quantity measures. The raw values are the `dimension` strings of the mention record.
///
/// Each dimension has one base unit that every mention is converted into, so that values of one
/// dimension can be added and compared (see `Mention.unit`).
public enum Dimension: String, Sendable, Hashable, CaseIterable, Codable {
    /// Money, base unit `CNY` (other currencies by ISO code: `USD`, `EUR`, `HKD`, `JPY`).
    case money
    /// Length, base unit `m`.
    case length
    /// Area, base unit `m2`.
    case area
    /// Volume, base unit `m3`.
    case volume
    /// Mass, base unit `kg`.
    case mass
    /// Electric energy, base unit `kWh`.
    case energy
    /// Power, base unit `kW`.
    case power
    /// Percentages (`%`) and percentage points (`pp`).
    case percent
    /// Temperature, base unit `degC`.
    case temperature
    /// Durations: `year`, `month`, `week`, `day`, `hour`, `minute`, never converted into one another.
    case duration
    /// Counts: the unit is the classifier itself (个, 家, 人, 人次, 岁 ...).
    case count
}
