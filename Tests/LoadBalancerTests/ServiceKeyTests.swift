import LoadBalancer
import NetworkPrimitives
import Testing

@Suite struct ServiceKeyTests {
    @Test func keysSortByAddressThenProtocolThenPortWithFwmarksLast() {
        let keys: [ServiceKey] = [
            .fwmark(2, family: .inet6),
            .fwmark(9, family: .inet),
            .endpoint(address: ip("10.0.0.2"), port: 80, protocol: .tcp),
            .endpoint(address: ip("10.0.0.1"), port: 443, protocol: .udp),
            .endpoint(address: ip("10.0.0.1"), port: 443, protocol: .tcp),
            .endpoint(address: ip("10.0.0.1"), port: 80, protocol: .tcp),
        ]
        #expect(
            keys.sorted().map(\.description) == [
                "[10.0.0.1]:tcp:80", "[10.0.0.1]:tcp:443", "[10.0.0.1]:udp:443", "[10.0.0.2]:tcp:80", "FWM 9", "FWM 2",
            ])
    }
}
