import LoadBalancer
import NetworkPrimitives
import Testing

@Suite struct VirtualServerGroupEntryTests {
    @Test func anAddressRangeBecomesOneServicePerAddress() {
        let entry = VirtualServerGroupEntry.range(first: ip("10.0.0.1"), last: ip("10.0.0.3"), port: 443)
        #expect(
            entry.serviceKeys(protocol: .tcp) == [
                .endpoint(address: ip("10.0.0.1"), port: 443, protocol: .tcp),
                .endpoint(address: ip("10.0.0.2"), port: 443, protocol: .tcp),
                .endpoint(address: ip("10.0.0.3"), port: 443, protocol: .tcp),
            ])
    }

    @Test func anIPv6RangeVariesTheLowBits() {
        let entry = VirtualServerGroupEntry.range(first: ip("fd00::a"), last: ip("fd00::b"), port: 80)
        #expect(entry.serviceKeys(protocol: .udp).map(\.description) == ["[fd00::a]:udp:80", "[fd00::b]:udp:80"])
    }

    @Test(arguments: [
        VirtualServerGroupEntry.range(first: ip("10.0.0.3"), last: ip("10.0.0.1"), port: 80),
        .range(first: ip("10.0.0.1"), last: ip("fd00::1"), port: 80),
    ])
    func anEmptyOrMixedRangeStandsForNothing(entry: VirtualServerGroupEntry) {
        #expect(entry.serviceKeys(protocol: .tcp).isEmpty)
    }

    @Test func anFwmarkEntryIgnoresTheProtocol() {
        #expect(
            VirtualServerGroupEntry.fwmark(7, family: .inet6).serviceKeys(protocol: .sctp) == [
                .fwmark(7, family: .inet6)
            ])
    }
}
