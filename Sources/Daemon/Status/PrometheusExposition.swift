/// Writes the Prometheus text exposition format, version 0.0.4: one `# HELP` and `# TYPE` line per
/// metric family, then its samples, label values escaped.
struct PrometheusExposition {
    enum Kind: String {
        case gauge
        case counter
        case histogram
    }

    /// The exposition so far, as UTF-8: appending bytes skips the grapheme-boundary work that
    /// appending to a `String` does at every join (Docs/Metrics.md, the measurement).
    private var bytes: [UInt8] = []

    /// The exposition written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Starts a family; a family with no samples still documents the metric.
    mutating func family(_ name: String, _ kind: Kind, help: String) {
        append("# HELP ")
        append(name)
        append(" ")
        append(help)
        append("\n# TYPE ")
        append(name)
        append(" ")
        append(kind.rawValue)
        append("\n")
    }

    mutating func sample(_ name: String, _ labels: [(String, String)] = [], _ value: Double) {
        append(name)
        if !labels.isEmpty {
            bytes.append(UInt8(ascii: "{"))
            for (index, (label, value)) in labels.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                append(label)
                append("=\"")
                appendEscaped(value)
                bytes.append(UInt8(ascii: "\""))
            }
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(UInt8(ascii: " "))
        appendValue(value)
        bytes.append(UInt8(ascii: "\n"))
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

    private mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    private mutating func appendEscaped(_ value: String) {
        // The common case, nothing to escape, copies the bytes as they are.
        guard value.utf8.contains(where: { $0 == 0x5C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            return append(value)
        }
        append(Self.escape(value))
    }

    /// `format(value)`, with the integers (most samples) written digit by digit.
    private mutating func appendValue(_ value: Double) {
        guard value == value.rounded(), abs(value) < 1e15 else { return append(Self.format(value)) }
        var magnitude = Int64(value).magnitude
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let first = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[first...].reverse()
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
