import NetworkPrimitives
import Testing

@Suite struct IPAddressTests {
    @Test(arguments: [
        ("10.0.0.1", true), ("255.255.255.255", true), ("0.0.0.0", true),
        ("256.0.0.1", false), ("1.2.3", false), ("1.2.3.4.5", false), ("1..2.3", false), ("a.b.c.d", false),
        ("", false), ("1.2.3.4 ", false), ("0001.2.3.4", false),
    ])
    func ipv4ParsesOnlyDottedQuads(text: String, valid: Bool) {
        #expect((IPv4Address(text) != nil) == valid)
    }

    @Test func ipv4RoundTripsThroughTextAndBytes() throws {
        let a = try #require(IPv4Address("192.168.200.16"))
        #expect(a.description == "192.168.200.16")
        #expect(a.bytes == [192, 168, 200, 16])
        #expect(IPv4Address(bytes: a.bytes) == a)
        #expect(IPv4Address.vrrpMulticastGroup.isMulticast)
    }

    @Test(arguments: [
        ("::", "::"), ("::1", "::1"), ("fe80::1", "fe80::1"), ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
        ("ff02::12", "ff02::12"), ("::ffff:10.0.0.1", "::ffff:a00:1"), ("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"),
        ("2001:DB8::A", "2001:db8::a"),
    ])
    func ipv6ParsesAndPrintsCanonically(text: String, canonical: String) throws {
        let a = try #require(IPv6Address(text))
        #expect(a.description == canonical)
        #expect(IPv6Address(bytes: a.bytes) == a)
    }

    @Test(arguments: ["1::2::3", ":::", "1:2:3:4:5:6:7:8:9", "12345::", "g::1", "1:2:3:4:5:6:7", ""])
    func ipv6RejectsMalformedText(text: String) {
        #expect(IPv6Address(text) == nil)
    }

    @Test func ipv6ClassifiesLinkLocalAndMulticast() throws {
        #expect(try #require(IPv6Address("fe80::99:ff:fe00:2")).isLinkLocal)
        #expect(!(try #require(IPv6Address("fd99::2")).isLinkLocal))
        #expect(IPv6Address.vrrpMulticastGroup.isMulticast)
    }

    @Test func addressesCompareAsUnsignedIntegers() throws {
        #expect(try #require(IPAddress("10.0.0.3")) > #require(IPAddress("10.0.0.2")))
        #expect(try #require(IPAddress("200.0.0.1")) > #require(IPAddress("100.255.255.255")))
        #expect(try #require(IPAddress("fe80::3")) > #require(IPAddress("fe80::2")))
    }

    @Test func prefixesParseAndContain() throws {
        let p = try #require(IPPrefix("10.99.0.100/24"))
        #expect(p.length == 24)
        #expect(p.contains(try #require(IPAddress("10.99.0.7"))))
        #expect(!p.contains(try #require(IPAddress("10.99.1.7"))))
        #expect(try #require(IPPrefix("10.0.0.1")).length == 32)
        #expect(try #require(IPPrefix("fd99::100")).length == 128)
        #expect(IPPrefix("10.0.0.1/33") == nil)
        #expect(IPPrefix("10.0.0.1/") == nil)
        #expect(IPPrefix("fd99::/129") == nil)
        #expect(try #require(IPPrefix("fd99::/64")).contains(try #require(IPAddress("fd99::5"))))
    }

    @Test func macAddressesParseAndFormVirtualRouterMACs() throws {
        #expect(try #require(MACAddress("02:99:00:00:00:0b")).description == "02:99:00:00:00:0b")
        #expect(MACAddress("02:99:00:00:00") == nil)
        #expect(MACAddress.virtualRouter(vrid: 51, family: .inet).description == "00:00:5e:00:01:33")
        #expect(MACAddress.virtualRouter(vrid: 1, family: .inet6).description == "00:00:5e:00:02:01")
    }
}
