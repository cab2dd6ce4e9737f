import NetworkPrimitives
import Testing

@testable import HealthCheck

@Suite struct ICMPEchoTests {
    @Test("an IPv4 echo request carries type 8, the id, the sequence and a valid checksum")
    func ipv4Request() {
        let echo = ICMPEcho(family: .inet, identifier: 0x0102, sequence: 0x0304, payload: [0xAA, 0xBB])
        let request = echo.request
        #expect(Array(request[0...1]) == [8, 0])
        #expect(Array(request[4...]) == [0x01, 0x02, 0x03, 0x04, 0xAA, 0xBB])
        #expect(InternetChecksum.compute(request) == 0)
    }

    @Test("an ICMPv6 echo request is type 128 and leaves the checksum to the kernel")
    func ipv6Request() {
        let request = ICMPEcho(family: .inet6, identifier: 7, sequence: 9, payload: []).request
        #expect(request == [128, 0, 0, 0, 0, 7, 0, 9])
    }

    @Test("a reply matches on type and sequence, and on the identifier only when asked")
    func replyMatching() {
        let echo = ICMPEcho(family: .inet, identifier: 5, sequence: 6, payload: [])
        #expect(echo.isReply([0, 0, 0, 0, 0, 9, 0, 6], matchIdentifier: false))
        #expect(!echo.isReply([0, 0, 0, 0, 0, 9, 0, 6], matchIdentifier: true))
        #expect(echo.isReply([0, 0, 0, 0, 0, 5, 0, 6], matchIdentifier: true))
        #expect(!echo.isReply([0, 0, 0, 0, 0, 5, 0, 7], matchIdentifier: false))
        #expect(!echo.isReply([8, 0, 0, 0, 0, 5, 0, 6], matchIdentifier: false))
        #expect(!echo.isReply([0, 0, 0], matchIdentifier: false))
        let v6 = ICMPEcho(family: .inet6, identifier: 5, sequence: 6, payload: [])
        #expect(v6.isReply([129, 0, 0, 0, 0, 5, 0, 6], matchIdentifier: true))
    }

    @Test("the IPv4 header of a raw-socket packet is skipped by its IHL")
    func stripHeader() {
        let header: [UInt8] = [0x46] + [UInt8](repeating: 0, count: 23)
        #expect(ICMPEcho.stripIPv4Header(header + [0, 0, 1, 2]) == [0, 0, 1, 2])
        #expect(ICMPEcho.stripIPv4Header([0x45, 0, 0]) == nil)
        #expect(ICMPEcho.stripIPv4Header([0x60] + [UInt8](repeating: 0, count: 40)) == nil)
    }
}
