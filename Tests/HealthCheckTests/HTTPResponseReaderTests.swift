import Testing

@testable import HealthCheck

@Suite struct HTTPResponseReaderTests {
    static func read(_ pieces: [[UInt8]], digest: Bool = false) throws -> HTTPResponseReader {
        var reader = HTTPResponseReader(computeDigest: digest)
        for piece in pieces { try feed(piece, to: &reader) }
        return reader
    }

    /// Feeds `bytes` through a non-throwing closure (a typed-throws closure here crashes the 6.3.1 compiler).
    static func feed(_ bytes: [UInt8], to reader: inout HTTPResponseReader) throws(HTTPResponseReader.Failure) {
        var failure: HTTPResponseReader.Failure?
        bytes.withUnsafeBytes { raw in
            do { try reader.consume(raw) } catch { failure = error as? HTTPResponseReader.Failure }
        }
        if let failure { throw failure }
    }

    static func response(_ status: String, headers: [String] = [], body: String = "") -> [UInt8] {
        Array((["HTTP/1.0 \(status)"] + headers).joined(separator: "\r\n").utf8) + [13, 10, 13, 10] + Array(body.utf8)
    }

    @Test("the header is found however the bytes are split", arguments: 1...8)
    func splitHeader(pieceSize: Int) throws {
        let bytes = Self.response("200 OK", body: "hello")
        let pieces = stride(from: 0, to: bytes.count, by: pieceSize).map { Array(bytes[$0..<min($0 + pieceSize, bytes.count)]) }
        let reader = try Self.read(pieces)
        #expect(reader.head?.statusCode == 200)
        #expect(reader.bodyBytes == 5)
    }

    @Test(
        "status codes outside the url's set fail; the default set is 200-299",
        arguments: [("200 OK", true), ("299 X", true), ("301 Moved", false), ("503 Down", false), ("199 X", false)])
    func defaultStatusSet(status: String, passes: Bool) throws {
        var reader = try Self.read([Self.response(status)])
        #expect(reader.verdict(for: HTTPProbe.URLCheck(path: "/")).isSuccess == passes)
    }

    @Test("a configured status set replaces the default")
    func configuredStatusSet() throws {
        let url = HTTPProbe.URLCheck(path: "/", statusCodes: [301...302, 404...404])
        var moved = try Self.read([Self.response("302 Found")])
        var ok = try Self.read([Self.response("200 OK")])
        #expect(moved.verdict(for: url) == .success)
        #expect(ok.verdict(for: url) == .failure(reason: "HTTP status code 200"))
    }

    @Test("the digest covers the body only, capped at Content-Length")
    func digestCappedAtContentLength() throws {
        let bytes = Self.response("200 OK", headers: ["Content-Length: 5"], body: "helloEXTRA")
        var reader = try Self.read([Array(bytes[..<20]), Array(bytes[20...])], digest: true)
        #expect(reader.digest() == MD5.digest(Array("hello".utf8)))
        #expect(reader.bodyBytes == 10)
    }

    @Test("without Content-Length the digest covers everything until close, chunked framing included")
    func digestUntilClose() throws {
        let body = "5\r\nhello\r\n0\r\n\r\n"
        var reader = try Self.read([Self.response("200 OK", headers: ["Transfer-Encoding: chunked"], body: body)], digest: true)
        #expect(reader.digest() == MD5.digest(Array(body.utf8)))
    }

    @Test("a digest mismatch fails and a match passes, whatever the case of the configured hex")
    func digestVerdict() throws {
        let good = MD5.hex(MD5.digest(Array("payload".utf8))).uppercased()
        var matching = try Self.read([Self.response("200 OK", body: "payload")], digest: true)
        var other = try Self.read([Self.response("200 OK", body: "payload!")], digest: true)
        #expect(matching.verdict(for: HTTPProbe.URLCheck(path: "/", digest: good)) == .success)
        #expect(!other.verdict(for: HTTPProbe.URLCheck(path: "/", digest: good)).isSuccess)
    }

    @Test("no bytes, or bytes without a header end, fail")
    func incompleteResponses() throws {
        var empty = try Self.read([])
        var partial = try Self.read([Array("HTTP/1.0 200 OK\r\nServer: x\r\n".utf8)])
        var garbage = try Self.read([Array("\u{0}\u{1}garbage\r\n\r\n".utf8)])
        #expect(empty.verdict(for: HTTPProbe.URLCheck(path: "/")) == .failure(reason: "no data received"))
        #expect(!partial.verdict(for: HTTPProbe.URLCheck(path: "/")).isSuccess)
        #expect(garbage.verdict(for: HTTPProbe.URLCheck(path: "/")) == .failure(reason: "malformed HTTP status line"))
    }

    @Test("a header beyond 64 KiB is rejected instead of buffered")
    func headerLimit() throws {
        let line = Array("X-Filler: \(String(repeating: "a", count: 1000))\r\n".utf8)
        var reader = HTTPResponseReader(computeDigest: false)
        var thrown: HTTPResponseReader.Failure?
        for _ in 0..<100 where thrown == nil {
            do {
                try Self.feed(line, to: &reader)
            } catch {
                thrown = error
            }
        }
        #expect(thrown == .headerTooLarge)
    }

    @Test("a body of many megabytes is counted and hashed, not kept")
    func largeBodyNotRetained() throws {
        var reader = try Self.read([Self.response("200 OK")], digest: true)
        let chunk = [UInt8](repeating: 0x61, count: 65536)
        for _ in 0..<160 { try Self.feed(chunk, to: &reader) }
        #expect(reader.bodyBytes == 160 * 65536)
        #expect(reader.retainedBytes < 1024)
    }

    @Test("a regex is matched against the start of the body")
    func regex() throws {
        var reader = HTTPResponseReader(computeDigest: false, keepBodyPrefix: true)
        try Self.feed(Self.response("200 OK", body: "status: healthy"), to: &reader)
        #expect(reader.verdict(for: HTTPProbe.URLCheck(path: "/", regex: "heal+thy")) == .success)
        #expect(!reader.verdict(for: HTTPProbe.URLCheck(path: "/", regex: "heal+thy", regexMustMatch: false)).isSuccess)
    }
}
