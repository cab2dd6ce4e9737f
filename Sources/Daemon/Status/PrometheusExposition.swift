/// Writes the Prometheus text exposition format, version 0.0.4: one `# HELP` and `# TYPE` line per
/// metric family, then its samples, label values escaped.
struct PrometheusExposition {
    enum Kind: String {
        case gauge
        case counter
    }

    private(set) var text = ""

    /// Starts a family; a family with no samples still documents the metric.
    mutating func family(_ name: String, _ kind: Kind, help: String) {
        text += "# HELP \(name) \(help)\n# TYPE \(name) \(kind.rawValue)\n"
    }

    mutating func sample(_ name: String, _ labels: [(String, String)] = [], _ value: Double) {
        let rendered =
            labels.isEmpty ? "" : "{" + labels.map { "\($0.0)=\"\(Self.escape($0.1))\"" }.joined(separator: ",") + "}"
        text += "\(name)\(rendered) \(Self.format(value))\n"
    }

    mutating func sample(_ name: String, _ labels: [(String, String)] = [], _ value: Int) {
        sample(name, labels, Double(value))
    }

    mutating func sample(_ name: String, _ labels: [(String, String)] = [], _ value: Bool) {
        sample(name, labels, value ? 1 : 0)
    }

    /// Backslash, double quote and line feed are the three characters label values escape.
    static func escape(_ value: String) -> String {
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
