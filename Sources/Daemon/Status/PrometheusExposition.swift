/// Writes the Prometheus text exposition format, version 0.0.4: one `# HELP` and `# TYPE` line per
/// metric family, then its samples, label values escaped.
struct PrometheusExposition {
    enum Kind: String {
        case gauge
        case counter
        case histogram
    }

    private(set) var text = ""

    /// Starts a family; a family with no samples still documents the metric.
    mutating func family(_ name: String, _ kind: Kind, help: String) {
        text += "# HELP \(name) \(help)\n# TYPE \(name) \(kind.rawValue)\n"
    }

    mutating func sample(_ name: String, _ labels: [(String, String)] = [], _ value: Double) {
        // Appending piece by piece costs a third of building each sample's string by interpolation
        // (Docs/Metrics.md, the measurement).
        text += name
        if !labels.isEmpty {
            text += "{"
            for (index, (label, value)) in labels.enumerated() {
                if index > 0 { text += "," }
                text += label
                text += "=\""
                text += Self.escape(value)
                text += "\""
            }
            text += "}"
        }
        text += " "
        text += Self.format(value)
        text += "\n"
    }

    mutating func sample(_ name: String, _ labels: [(String, String)] = [], _ value: Int) {
        sample(name, labels, Double(value))
    }

    mutating func sample(_ name: String, _ labels: [(String, String)] = [], _ value: Bool) {
        sample(name, labels, value ? 1 : 0)
    }

    /// A histogram's `_bucket` samples (cumulative, `le` labelled, ending with `+Inf`), `_sum` and `_count`.
    mutating func histogram(
        _ name: String, _ labels: [(String, String)], bounds: [Double], counts: [Int], count: Int, sum: Double
    ) {
        for (bound, inBucket) in zip(bounds, counts) {
            sample(name + "_bucket", labels + [("le", Self.format(bound))], inBucket)
        }
        sample(name + "_bucket", labels + [("le", "+Inf")], count)
        sample(name + "_sum", labels, sum)
        sample(name + "_count", labels, count)
    }

    /// Backslash, double quote and line feed are the three characters label values escape.
    static func escape(_ value: String) -> String {
        // The common case, nothing to escape, skips the walk over grapheme clusters.
        guard value.utf8.contains(where: { $0 == 0x5C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        var escaped = ""
        for character in value {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n", "\r\n": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Integers without a fraction, others as Swift prints them; NaN and infinities as Prometheus spells them.
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
