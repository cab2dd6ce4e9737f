extension JSONValue {
    /// The document as text, indented by `indent` spaces per level (0 gives one line), ending without a newline.
    public func rendered(indent: Int = 2) -> String {
        var output = ""
        render(into: &output, indent: indent, level: 0)
        return output
    }

    private func render(into output: inout String, indent: Int, level: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): JSONValue.appendQuoted(text, to: &output)
        case .array(let elements):
            renderContainer(elements, open: "[", close: "]", into: &output, indent: indent, level: level) {
                element, output in element.render(into: &output, indent: indent, level: level + 1)
            }
        case .object(let members):
            renderContainer(members, open: "{", close: "}", into: &output, indent: indent, level: level) {
                member, output in
                JSONValue.appendQuoted(member.key, to: &output)
                output += indent > 0 ? ": " : ":"
                member.value.render(into: &output, indent: indent, level: level + 1)
            }
        }
    }

    private func renderContainer<Element>(
        _ elements: [Element], open: String, close: String, into output: inout String, indent: Int, level: Int,
        renderElement: (Element, inout String) -> Void
    ) {
        output += open
        guard !elements.isEmpty else {
            output += close
            return
        }
        let innerPadding = indent > 0 ? "\n" + String(repeating: " ", count: indent * (level + 1)) : ""
        for (position, element) in elements.enumerated() {
            if position > 0 { output += "," }
            output += innerPadding
            renderElement(element, &output)
        }
        if indent > 0 { output += "\n" + String(repeating: " ", count: indent * level) }
        output += close
    }

    static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
