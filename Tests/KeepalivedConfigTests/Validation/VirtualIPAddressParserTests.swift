import NetworkPrimitives
import Testing

@testable import KeepalivedConfig

@Suite struct VirtualIPAddressParserTests {
    static func vips(_ lines: String) -> ConfigLoadResult {
        ModelFixture.load(
            "vrrp_instance A {\n interface eth0\n virtual_router_id 1\n virtual_ipaddress {\n\(lines)\n }\n}\n")
    }

    @Test func everyOptionOfAVIPLineIsRead() throws {
        let result = Self.vips("10.0.0.1/24 brd + dev eth1 scope link label eth1:vip no_track preferred_lft forever")
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let vip = try #require(result.instance?.addresses.virtualIPAddresses.first)
        #expect(vip.prefix == IPPrefix("10.0.0.1/24"))
        #expect(vip.broadcast == .allHostBitsSet)
        #expect(vip.device == "eth1")
        #expect(vip.scope == "link")
        #expect(vip.label == "eth1:vip")
        #expect(!vip.tracked)
        #expect(vip.preferredLifetime == .forever)
    }

    @Test func ipv6FlagsAreRead() throws {
        let result = Self.vips("fe80::1\n2001:db8::5/64 -nodad home mngtmpaddr noprefixroute autojoin preferred_lft 30")
        let vips = try #require(result.instance?.addresses.virtualIPAddresses)
        #expect(vips.count == 2)
        #expect(vips[1].skipsDuplicateAddressDetection == false)
        #expect(vips[1].home && vips[1].managesTemporaryAddresses && vips[1].noPrefixRoute && vips[1].autoJoin)
        #expect(vips[1].preferredLifetime == .seconds(30))
        #expect(vips[0].skipsDuplicateAddressDetection)
    }

    @Test(arguments: [
        ("10.0.0.300", "'10.0.0.300' is not a valid IP address", 0),
        ("10.0.0.1/40", "prefix length '40' of '10.0.0.1/40' must be between 0 and 32; using /32", 1),
        ("10.0.0.1 dev", "'dev' needs a value", 0),
        ("10.0.0.1 brd 10.0.0.999", "'10.0.0.999' is not a valid broadcast address", 0),
        ("2001:db8::1 brd +", "an IPv6 address cannot have a broadcast address", 0),
        ("10.0.0.1 colour blue", "unknown address option 'colour' is ignored", 1),
        ("10.0.0.1 label averyveryverylonglabel", "longer than 15 characters", 0),
        ("10.0.0.1/31 brd +", "too long for a computed broadcast", 1),
        ("10.0.0.1 peer 10.0.0.2/30 brd 10.0.0.3", "a broadcast and a peer address cannot both be given", 1),
    ])
    func malformedLinesAreReportedAtTheirWord(line: String, message: String, kept: Int) {
        let result = Self.vips(line)
        #expect(result.mentions(message), "\(result.renderedDiagnostics)")
        #expect(result.diagnostic(message)?.location?.line == 5)
        #expect(result.instance?.addresses.virtualIPAddresses.count == kept)
    }

    @Test func aVIPListedTwiceIsIgnoredTheSecondTime() {
        let result = Self.vips("10.0.0.1\n10.0.0.1 label eth0:1")
        #expect(result.instance?.addresses.virtualIPAddresses.count == 1)
        #expect(result.diagnostic("10.0.0.1 is already listed")?.notes.first?.message == "first listed here")
    }

    @Test func useVmacOnAVIPLineIsUnsupported() {
        let result = Self.vips("10.0.0.1 use_vmac")
        #expect(result.mentions("'use_vmac' is not supported by vigil"))
        #expect(result.instance?.addresses.virtualIPAddresses.count == 1)
    }

    @Test func excludedAddressesMayBeOfTheOtherFamily() {
        let text =
            "vrrp_instance A {\n interface eth0\n virtual_router_id 1\n virtual_ipaddress {\n 10.0.0.1\n }\n"
            + " virtual_ipaddress_excluded {\n 2001:db8::1\n }\n}\n"
        let result = ModelFixture.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        #expect(result.instance?.addresses.excludedVirtualIPAddresses.first?.family == .inet6)
    }
}
