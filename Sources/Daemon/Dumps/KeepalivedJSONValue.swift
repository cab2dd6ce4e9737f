/// A JSON value written the way keepalived's JSON writer writes it: keys in the order given, `/`
/// escaped as `\/`, integral numbers without a fraction.
indirect enum KeepalivedJSONValue: Hashable, Sendable {
    case object([(String, KeepalivedJSONValue)])
    case array([KeepalivedJSONValue])
    case string(String)
    case int(Int)
    case double(Double)
    /// A number with six decimals (keepalived's `%f`), for timestamps.
    case fixed(Double)
    case bool(Bool)

    static func == (lhs: KeepalivedJSONValue, rhs: KeepalivedJSONValue) -> Bool { lhs.text == rhs.text }

    func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// The value as compact JSON text.
    var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .object(let members):
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                Self.writeString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        case .array(let values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.write(to: &out)
            }
            out += "]"
        case .string(let text): Self.writeString(text, to: &out)
        case .int(let number): out += String(number)
        case .double(let number): out += Self.shortest(number)
        case .fixed(let number): out += Self.sixDecimals(number)
        case .bool(let flag): out += flag ? "true" : "false"
        }
    }

    private static func shortest(_ number: Double) -> String {
        guard number.isFinite else { return "0" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    private static func sixDecimals(_ number: Double) -> String {
        guard number.isFinite, number >= 0 else { return "0.000000" }
        let micros = Int64((number * 1e6).rounded())
        let fraction = String(micros % 1_000_000)
        return "\(micros / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }

    private static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/": out += "\\/"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
