/// A sample's label set, rendered once (`name="value",…`, values escaped) and reused by every
/// family that labels the same instance or server: a scrape escapes and joins each label set once,
/// not once per sample (Docs/Metrics.md, the measurement).
struct PrometheusLabels {
    /// The rendered pairs, without the braces.
    private(set) var bytes: [UInt8] = []

    /// No labels.
    static let none = PrometheusLabels()

    private init() {}

    init(_ pairs: [(String, String)]) {
        for (name, value) in pairs { append(name, value) }
    }

    /// This set with one more pair after the others.
    func adding(_ name: String, _ value: String) -> PrometheusLabels {
        var labels = self
        labels.append(name, value)
        return labels
    }

    private mutating func append(_ name: String, _ value: String) {
        if !bytes.isEmpty { bytes.append(UInt8(ascii: ",")) }
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "\""))
        if value.utf8.contains(where: PrometheusExposition.needsEscape) {
            bytes.append(contentsOf: PrometheusExposition.escape(value).utf8)
        } else {
            bytes.append(contentsOf: value.utf8)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
