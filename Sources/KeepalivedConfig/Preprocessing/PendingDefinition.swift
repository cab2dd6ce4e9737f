/// A `$NAME= \` definition still collecting its lines (Docs/Keepalived.md §2.1, "Multi-line definitions").
struct PendingDefinition: Sendable {
    var name: String
    var lines: [[UInt8]]

    /// The definition when an empty line ends it: without collected lines it is an empty one-line definition.
    var endedByEmptyLine: Definition {
        lines.isEmpty ? Definition(value: .text([])) : Definition(value: .lines(lines))
    }

    /// Adds a line; returns the finished definition when the line does not end in `\`.
    mutating func add(_ line: [UInt8]) -> Definition? {
        guard line.last == .backslash else {
            // keepalived decides "multi-line" before adding the last line: a definition whose only text
            // is its last line is an ordinary one-line definition.
            if lines.isEmpty { return Definition(value: .text(line)) }
            return Definition(value: .lines(lines + [line]))
        }
        var text = line.dropLast()
        while let last = text.last, last.isBlank { text.removeLast() }
        if !text.isEmpty { lines.append(Array(text)) }
        return nil
    }
}
