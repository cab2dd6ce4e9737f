/// Formats diagnostics GCC-style so editors and CI can parse them: `FILE:LINE:COL: error: message`, the
/// source line, a caret line (`^` then `~` for the rest of `Diagnostic.length`), then one line per note and
/// one `note: in file included from FILE:LINE` per include level, innermost first.
public enum DiagnosticRenderer {
    /// One diagnostic as text, lines separated by `\n`, without a final newline. A finding that sets
    /// `-t`'s exit status (an unknown keyword, a script-security violation) is labelled `error`, as the
    /// summary line counts it (keepalived -t semantics), whatever its severity in the model.
    public static func render(_ d: Diagnostic, sources: SourceFiles) -> String {
        var lines = [header(d.location, label(d), d.message)]
        if let location = d.location, let source = sources.lineBytes(file: location.file, line: location.line) {
            lines.append(String(decoding: source, as: UTF8.self))
            lines.append(caretLine(source, column: location.column, length: d.length))
        }
        for note in d.notes { lines.append(header(note.location, "note", note.message)) }
        for site in (d.location?.includedFrom ?? []).reversed() {
            lines.append("note: in file included from \(site.file):\(site.line)")
        }
        return lines.joined(separator: "\n")
    }

    /// Several diagnostics, one after the other, separated by `\n`.
    public static func render(_ ds: [Diagnostic], sources: SourceFiles) -> String {
        ds.map { render($0, sources: sources) }.joined(separator: "\n")
    }

    /// `error` for what sets the exit status, else the severity.
    static func label(_ d: Diagnostic) -> String {
        d.exitClass == .none ? d.severity.rawValue : Diagnostic.Severity.error.rawValue
    }

    private static func header(_ location: SourceLocation?, _ kind: String, _ message: String) -> String {
        guard let location else { return "\(kind): \(message)" }
        return "\(location.file):\(location.line):\(location.column): \(kind): \(message)"
    }

    /// Spaces (tabs kept, one space per character) up to the byte column, then the underline.
    private static func caretLine(_ source: ArraySlice<UInt8>, column: Int, length: Int) -> String {
        let bytes = Array(source)
        let caretAt = min(max(column - 1, 0), bytes.count)
        var line = ""
        for byte in bytes[..<caretAt] where !isContinuation(byte) {
            line.append(byte == .tab ? "\t" : " ")
        }
        let underlineEnd = min(caretAt + max(length, 1), bytes.count)
        let characters = bytes[min(caretAt, underlineEnd)..<underlineEnd].filter { !isContinuation($0) }.count
        line.append("^")
        line.append(String(repeating: "~", count: max(characters - 1, 0)))
        return line
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
