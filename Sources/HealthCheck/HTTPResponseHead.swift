/// The parts of an HTTP response header a check looks at.
public struct HTTPResponseHead: Hashable, Sendable {
    /// The status code, or nil when the status line is not `HTTP/x.y DDD ...`.
    public var statusCode: Int?
    /// `Content-Length`, or nil when absent or not a plain decimal number.
    public var contentLength: Int?

    /// Parses the header block (without its blank line). keepalived reads the code after the first
    /// space and the first `Content-Length:`; we also require the `HTTP/` prefix and match the header
    /// name case-insensitively (RFC 9110 §5.1).
    public init(parsing header: ArraySlice<UInt8>) {
        // Walks the lines in place: a probe parses one header per check, thousands a second.
        var lineStart = header.startIndex
        var isStatusLine = true
        while true {
            let lineEnd = header[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? header.endIndex
            var line = header[lineStart..<lineEnd]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if isStatusLine {
                statusCode = Self.statusCode(of: line)
                isStatusLine = false
            } else if let length = Self.contentLength(of: line) {
                contentLength = length
                return
            }
            guard lineEnd < header.endIndex else { return }
            lineStart = lineEnd + 1
        }
    }

    static func statusCode(of line: ArraySlice<UInt8>) -> Int? {
        guard line.starts(with: "HTTP/".utf8), let space = line.firstIndex(of: UInt8(ascii: " ")) else { return nil }
        let digits = line[(space + 1)...].prefix(3)
        guard digits.count == 3, digits.allSatisfy(Self.isDigit) else { return nil }
        let after = line[(space + 1)...].dropFirst(3)
        guard after.isEmpty || after.first == UInt8(ascii: " ") else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// nil when `line` is another header; `.some(nil)` when it is a Content-Length we cannot read.
    static func contentLength(of line: ArraySlice<UInt8>) -> Int?? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let name = line[..<colon]
        let expected = "content-length".utf8
        guard name.count == expected.count,
            zip(name, expected).allSatisfy({ ($0 >= 0x41 && $0 <= 0x5a ? $0 | 0x20 : $0) == $1 })
        else { return nil }
        let value = line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }
        guard !value.isEmpty, value.count <= 18, value.allSatisfy(Self.isDigit) else { return .some(nil) }
        return .some(value.reversed().reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) })
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
