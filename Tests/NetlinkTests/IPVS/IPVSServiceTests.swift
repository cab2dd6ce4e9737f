import Netlink
import NetworkPrimitives
import Testing

@Suite struct IPVSServiceTests {
    struct NetmaskCase: Sendable {
        let prefixLength: Int
        let family: AddressFamilyCase
        let attribute: UInt32
    }

    enum AddressFamilyCase: Sendable { case inet, inet6 }

    static let netmasks: [NetmaskCase] = [
        NetmaskCase(prefixLength: 32, family: .inet, attribute: 0xffff_ffff),
        NetmaskCase(prefixLength: 24, family: .inet, attribute: 0x00ff_ffff),
        NetmaskCase(prefixLength: 1, family: .inet, attribute: 0x0000_0080),
        NetmaskCase(prefixLength: 0, family: .inet, attribute: 0),
        NetmaskCase(prefixLength: 128, family: .inet6, attribute: 128),
        NetmaskCase(prefixLength: 64, family: .inet6, attribute: 64),
    ]

    @Test(arguments: netmasks)
    func persistenceGranularityMapsToTheNetmaskAttributeAndBack(_ test: NetmaskCase) {
        let family: AddressFamily = test.family == .inet ? .inet : .inet6
        #expect(IPVSService.netmask(prefixLength: test.prefixLength, family: family) == test.attribute)
        let key: IPVSServiceKey = .firewallMark(1, family: family)
        #expect(
            IPVSService(key: key, scheduler: "rr", netmask: test.attribute).persistencePrefixLength == test.prefixLength
        )
    }

    @Test func aNonContiguousIPv4NetmaskHasNoPrefixLength() {
        let service = IPVSService(key: .firewallMark(1, family: .inet), scheduler: "rr", netmask: 0x00ff_00ff)
        #expect(service.persistencePrefixLength == nil)
    }

    @Test func theDefaultNetmaskCoversTheWholeAddress() {
        #expect(IPVSService(key: .firewallMark(1, family: .inet), scheduler: "rr").netmask == 0xffff_ffff)
        #expect(IPVSService(key: .firewallMark(1, family: .inet6), scheduler: "rr").netmask == 128)
    }

    @Test func keysPrintAsIpvsadmDoes() {
        #expect(IPVSFixtureValues.tcp("10.0.0.1", 80).description == "TCP 10.0.0.1:80")
        #expect(IPVSFixtureValues.udp("2001:db8::1", 53).description == "UDP [2001:db8::1]:53")
        #expect(IPVSServiceKey.firewallMark(7, family: .inet6).description == "FWM 7 IPv6")
    }
}
