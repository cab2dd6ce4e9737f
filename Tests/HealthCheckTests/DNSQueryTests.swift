import Testing

@testable import HealthCheck

@Suite struct DNSQueryTests {
    @Test("a query has RD set, one question, and the name as length-prefixed labels")
    func encoding() throws {
        let bytes = try DNSQuery(id: 0xBEEF, type: .a, name: "www.example.com").encoded()
        let expected: [UInt8] =
            [0xBE, 0xEF, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]
            + [3] + Array("www".utf8) + [7] + Array("example".utf8) + [3] + Array("com".utf8) + [0]
            + [0, 1, 0, 1]
        #expect(bytes == expected)
    }

    @Test("the root name is a single zero octet, with or without a trailing dot elsewhere", arguments: [".", ""])
    func rootName(name: String) throws {
        let bytes = try DNSQuery(id: 1, type: .soa, name: name).encoded()
        #expect(Array(bytes[12...]) == [0, 0, 6, 0, 1])
        let dotted = try DNSQuery(id: 1, type: .soa, name: "example.").encoded()
        #expect(Array(dotted[12...]) == [7] + Array("example".utf8) + [0, 0, 6, 0, 1])
    }

    @Test(
        "every query type keepalived accepts has its RFC code",
        arguments: [
            (DNSProbe.QueryType.a, 1), (.ns, 2), (.cname, 5), (.soa, 6), (.mx, 15), (.txt, 16), (.aaaa, 28),
            (.rrsig, 46), (.dnskey, 48),
        ] as [(DNSProbe.QueryType, UInt16)])
    func typeCodes(type: DNSProbe.QueryType, code: UInt16) throws {
        #expect(DNSQuery.code(of: type) == code)
        let bytes = try DNSQuery(id: 1, type: type, name: "a").encoded()
        #expect(bytes.suffix(4) == [UInt8(code >> 8), UInt8(code & 0xff), 0, 1])
    }

    @Test("names with empty or over-long labels, or over 255 octets, are refused")
    func invalidNames() {
        #expect(throws: DNSQuery.EncodingError.self) { try DNSQuery(id: 1, type: .a, name: "a..b").encoded() }
        #expect(throws: DNSQuery.EncodingError.self) {
            try DNSQuery(id: 1, type: .a, name: String(repeating: "x", count: 64)).encoded()
        }
        #expect(throws: DNSQuery.EncodingError.self) {
            try DNSQuery(id: 1, type: .a, name: Array(repeating: String(repeating: "x", count: 60), count: 5).joined(separator: "."))
                .encoded()
        }
    }

    @Test(
        "replies count only with the same id and QR set; RCODE 0 passes",
        arguments: [
            ([0x12, 0x34, 0x81, 0x80] + [UInt8](repeating: 0, count: 8), DNSQuery.Reply.answered),
            ([0x12, 0x34, 0x81, 0x83] + [UInt8](repeating: 0, count: 8), .failed(rcode: 3)),
            ([0x12, 0x35, 0x81, 0x80] + [UInt8](repeating: 0, count: 8), .ignored),
            ([0x12, 0x34, 0x01, 0x00] + [UInt8](repeating: 0, count: 8), .ignored),
            ([0x12, 0x34, 0x81, 0x80], .ignored),
            ([], .ignored),
        ] as [([UInt8], DNSQuery.Reply)])
    func judging(reply: [UInt8], expected: DNSQuery.Reply) {
        #expect(DNSQuery(id: 0x1234, type: .a, name: "x").judge(reply) == expected)
    }
}
