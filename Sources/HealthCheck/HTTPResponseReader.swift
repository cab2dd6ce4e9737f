/// Reads one HTTP response as keepalived does (Docs/Keepalived.md §4.2): everything until the peer closes,
/// the header up to the first blank line, then the body, which is counted and fed to MD5 (capped at
/// `Content-Length`) but never stored, except a bounded prefix when a regex must be matched.
/// Chunked bodies are not decoded.
public struct HTTPResponseReader {
    /// Headers larger than this fail the check instead of growing the buffer.
    public static let headerLimit = 64 * 1024
    /// How much of the body a regex sees.
    public static let regexWindow = 64 * 1024

    /// Why a response cannot be read.
    public enum Failure: Error, Hashable {
        case headerTooLarge
    }

    private var header: [UInt8] = []
    public private(set) var head: HTTPResponseHead?
    /// Body bytes received, however many were hashed.
    public private(set) var bodyBytes = 0
    /// Bytes received, header included.
    public private(set) var receivedBytes = 0
    private var md5: MD5?
    private var bodyPrefix: [UInt8]?

    /// A reader that hashes the body (`digest`) and keeps its first `regexWindow` bytes (`regex`) as asked.
    public init(computeDigest: Bool, keepBodyPrefix: Bool = false) {
        md5 = computeDigest ? MD5() : nil
        bodyPrefix = keepBodyPrefix ? [] : nil
    }

    /// A reader for what `url` checks.
    public init(for url: HTTPProbe.URLCheck) {
        self.init(computeDigest: url.digest != nil, keepBodyPrefix: url.regex != nil)
    }

    /// Feeds received bytes.
    public mutating func consume(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
        receivedBytes += bytes.count
        guard head == nil else { return consumeBody(bytes) }
        let searchFrom = max(0, header.count - 3)
        header.append(contentsOf: bytes)
        guard let end = Self.endOfHeader(in: header, from: searchFrom) else {
            if header.count > Self.headerLimit { throw .headerTooLarge }
            return
        }
        guard end <= Self.headerLimit else { throw .headerTooLarge }
        head = HTTPResponseHead(parsing: header[..<end])
        let rest = header[(end + 4)...]
        header = []
        rest.withUnsafeBytes { consumeBody($0) }
    }

    /// Bytes held in memory for this response (header buffer and regex window).
    public var retainedBytes: Int { header.count + (bodyPrefix?.count ?? 0) }

    /// The digest of the hashed body, when a digest is computed.
    public mutating func digest() -> [UInt8]? {
        guard var md5 else { return nil }
        return md5.finalize()
    }

    /// Judges a complete response (the peer closed) against one `url { }` block.
    public mutating func verdict(for url: HTTPProbe.URLCheck) -> ProbeResult {
        guard receivedBytes > 0 else { return .failure(reason: "no data received") }
        guard let head else { return .failure(reason: "malformed HTTP response (no end of header)") }
        guard let code = head.statusCode else { return .failure(reason: "malformed HTTP status line") }
        guard url.accepts(statusCode: code) else { return .failure(reason: "HTTP status code \(code)") }
        if let expected = url.digest, let actual = digest().map(MD5.hex), actual != expected.lowercased() {
            return .failure(reason: "MD5 digest mismatch (got \(actual))")
        }
        if let pattern = url.regex {
            return Self.match(pattern, in: bodyPrefix ?? [], mustMatch: url.regexMustMatch)
        }
        return .success
    }

    private mutating func consumeBody(_ bytes: UnsafeRawBufferPointer) {
        defer { bodyBytes += bytes.count }
        if md5 != nil {
            let hashable = head?.contentLength.map { max(0, min(bytes.count, $0 - bodyBytes)) } ?? bytes.count
            md5?.update(UnsafeRawBufferPointer(rebasing: bytes[..<hashable]))
        }
        if let kept = bodyPrefix?.count, kept < Self.regexWindow {
            bodyPrefix?.append(contentsOf: bytes.prefix(Self.regexWindow - kept))
        }
    }

    private static func endOfHeader(in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= 4 else { return nil }
        var index = start
        while index + 4 <= bytes.count {
            if bytes[index] == 13, bytes[index + 1] == 10, bytes[index + 2] == 13, bytes[index + 3] == 10 {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func match(_ pattern: String, in body: [UInt8], mustMatch: Bool) -> ProbeResult {
        guard let regex = try? Regex(pattern) else { return .failure(reason: "invalid regex \(pattern)") }
        let matched = String(decoding: body, as: UTF8.self).contains(regex)
        return matched == mustMatch ? .success : .failure(reason: mustMatch ? "regex did not match" : "regex matched")
    }
}
