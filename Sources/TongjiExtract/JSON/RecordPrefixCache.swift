/// The constant stretches of consecutive mention records, rendered once and copied while they
/// repeat: `{"doc":"a.txt","start":` (every mention of a piece has the same doc), and
/// `,"dimension":"money","qualifier":"exact","surface_unit":` (neighbours often measure the same
/// kind of thing). Fewer, longer copies than writing key, value and punctuation apart. Both are
/// recognized cheaply: the doc is one `String` for the whole piece (equal storage compares at
/// once), dimension and qualifier are enums.
struct RecordPrefixCache {
    /// The doc whose opening is in `opening`.
    private var doc: String? = nil
    /// `{"doc":<doc>,"start":`.
    private var opening: [UInt8] = []
    /// The dimension and qualifier whose fields are in `unitFields`.
    private var dimension: Dimension = .count
    private var qualifier: Qualifier = .exact
    /// `,"dimension":<dimension>,"qualifier":<qualifier>,"surface_unit":`, empty before the first.
    private var unitFields: [UInt8] = []

    /// Appends `{"doc":<doc>,"start":`.
    mutating func appendOpening(doc text: String, to out: inout [UInt8]) {
        if doc != text {
            doc = text
            opening.removeAll(keepingCapacity: true)
            JSONWriter.appendRaw("{\"doc\":", to: &opening)
            JSONWriter.appendString(text, to: &opening)
            JSONWriter.appendRaw(",\"start\":", to: &opening)
        }
        opening.withUnsafeBufferPointer { JSONWriter.appendBytes($0, to: &out) }
    }

    /// Appends `,"unit":<unit>,"dimension":<dimension>,"qualifier":<qualifier>,"surface_unit":`.
    mutating func appendUnitFields(unit text: String, dimension: Dimension, qualifier: Qualifier, to out: inout [UInt8]) {
        JSONWriter.appendRaw(",\"unit\":", to: &out)
        JSONWriter.appendString(text, to: &out)
        if unitFields.isEmpty || dimension != self.dimension || qualifier != self.qualifier {
            self.dimension = dimension
            self.qualifier = qualifier
            unitFields.removeAll(keepingCapacity: true)
            JSONWriter.appendRaw(",\"dimension\":", to: &unitFields); JSONWriter.appendString(dimension.rawValue, to: &unitFields)
            JSONWriter.appendRaw(",\"qualifier\":", to: &unitFields); JSONWriter.appendString(qualifier.rawValue, to: &unitFields)
            JSONWriter.appendRaw(",\"surface_unit\":", to: &unitFields)
        }
        unitFields.withUnsafeBufferPointer { JSONWriter.appendBytes($0, to: &out) }
    }
}
