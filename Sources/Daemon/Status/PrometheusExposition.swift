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
    /// The last histogram's bounds and their rendered `le` labels: every real server's histogram has the same.
    private var lastBounds: [Double] = []
    private var lastBoundLabels: [[UInt8]] = []

    /// The exposition written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The exposition written so far, as the UTF-8 bytes an HTTP body carries.
    var utf8: [UInt8] { bytes }

    /// Reserves room for an exposition about the size of the last one.
    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

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

    mutating func sample(_ name: String, _ labels: PrometheusLabels = .none, _ value: Double) {
        appendSeries(name, labels)
        appendValue(value)
        bytes.append(UInt8(ascii: "\n"))
    }

    mutating func sample(_ name: String, _ labels: PrometheusLabels = .none, _ value: Int) {
        appendSeries(name, labels)
        appendInteger(value)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// `name{labels} `: a sample's line up to its value.
    private mutating func appendSeries(_ name: String, _ labels: PrometheusLabels) {
        append(name)
        appendBraced(labels.bytes)
        bytes.append(UInt8(ascii: " "))
    }

    mutating func sample(_ name: String, _ labels: PrometheusLabels = .none, _ value: Bool) {
        sample(name, labels, value ? 1 : 0)
    }

    /// A histogram's `_bucket` samples (cumulative, `le` labelled, ending with `+Inf`), `_sum` and `_count`.
    mutating func histogram(
        _ name: String, _ labels: PrometheusLabels, bounds: [Double], counts: [Int], count: Int, sum: Double
    ) {
        // `name_bucket{labels,` once per histogram, then only the `le` label and the count per bucket.
        var prefix = Array((name + "_bucket{").utf8)
        if !labels.bytes.isEmpty {
            prefix.append(contentsOf: labels.bytes)
            prefix.append(UInt8(ascii: ","))
        }
        if bounds != lastBounds {
            lastBounds = bounds
            lastBoundLabels = bounds.map { Array("le=\"\(Self.format($0))\"} ".utf8) }
        }
        for index in 0..<min(lastBoundLabels.count, counts.count) {
            appendBucket(prefix, le: lastBoundLabels[index], counts[index])
        }
        appendBucket(prefix, le: Self.infinityLabel, count)
        sample(name + "_sum", labels, sum)
        sample(name + "_count", labels, count)
    }

    /// `le="+Inf"} `, the last bucket's label and the space before its value.
    private static let infinityLabel = Array("le=\"+Inf\"} ".utf8)

    /// `prefix` is `name_bucket{labels,`; `le` the bucket's label with its closing brace and space,
    /// rendered once per set of bounds.
    private mutating func appendBucket(_ prefix: [UInt8], le: [UInt8], _ value: Int) {
        bytes.append(contentsOf: prefix)
        bytes.append(contentsOf: le)
        appendInteger(value)
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func appendBraced(_ labels: [UInt8]) {
        guard !labels.isEmpty else { return }
        bytes.append(UInt8(ascii: "{"))
        bytes.append(contentsOf: labels)
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    /// `format(value)`, with the integers (most samples) written digit by digit.
    private mutating func appendValue(_ value: Double) {
        guard value == value.rounded(), abs(value) < 1e15 else { return append(Self.format(value)) }
        appendInteger(Int(value))
    }

    private mutating func appendInteger(_ value: Int) {
        let magnitude = value.magnitude
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        } while divisor > 0
    }

    /// Backslash, double quote, line feed (and carriage return, part of a CR LF) are what label values escape.
    static func needsEscape(_ byte: UInt8) -> Bool { byte == 0x5C || byte == 0x22 || byte == 0x0A || byte == 0x0D }

    /// Backslash, double quote and line feed are the three characters label values escape.
    static func escape(_ value: String) -> String {
        // The common case, nothing to escape, skips the walk over grapheme clusters.
        guard value.utf8.contains(where: needsEscape) else { return value }
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
