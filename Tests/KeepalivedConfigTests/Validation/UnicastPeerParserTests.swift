import NetworkPrimitives
import Testing

@testable import KeepalivedConfig

@Suite struct UnicastPeerParserTests {
    @Test func peersWithTTLBoundsTurnOnTheSourceCheck() throws {
        let result = ModelFixture.load(ModelFixture.instance("""
            unicast_src_ip 10.0.0.2
            unicast_ttl 10
            unicast_peer {
                10.0.0.3 min_ttl 250 max_ttl 255
                10.0.0.4
            }
            """))
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let transport = try #require(result.instance?.transport)
        #expect(transport.unicastPeers.map(\.address) == [IPAddress("10.0.0.3"), IPAddress("10.0.0.4")])
        #expect(transport.unicastPeers[0].minimumTTL == 250)
        #expect(transport.checkUnicastSource)
        #expect(transport.unicastTTL == 10)
        #expect(transport.sourceAddress == IPAddress("10.0.0.2"))
    }

    @Test(arguments: [
        ("unicast_peer {\n 10.0.0.300\n}", "unicast peer '10.0.0.300' is not a valid IP address"),
        ("unicast_peer {\n 10.0.0.3\n 10.0.0.3\n}", "unicast peer 10.0.0.3 is listed twice"),
        ("unicast_peer {\n 10.0.0.3 min_ttl 9 max_ttl 2\n}", "every advert from 10.0.0.3 will be discarded"),
        ("unicast_peer {\n 10.0.0.3 hops 2\n}", "unknown unicast_peer option 'hops'"),
        ("unicast_peer {\n 2001:db8::3\n}", "'2001:db8::3' is IPv6 but vrrp_instance 'VI_1' is IPv4"),
        ("unicast_src_ip 10.0.0.2", "a unicast keyword is used without any 'unicast_peer'"),
        ("mcast_dst_ip 10.0.0.9", "'mcast_dst_ip' must be an IPv4 multicast"),
        ("unicast_ttl 256", "'unicast_ttl' must be between 0 and 255"),
    ])
    func unicastMistakesAreReported(lines: String, message: String) {
        let result = ModelFixture.load(ModelFixture.instance(lines))
        #expect(result.mentions(message), "\(result.renderedDiagnostics)")
    }

    @Test func aMulticastDestinationReplacesTheGlobalGroup() {
        let result = ModelFixture.load(ModelFixture.instance("mcast_dst_ip 224.0.0.19"))
        #expect(result.instance?.transport.multicastGroup == IPAddress("224.0.0.19"))
    }

    @Test func aFirstIPv6VirtualAddressThatIsNotLinkLocalOnlyWarns() {
        let text = "vrrp_instance A {\n interface eth0\n virtual_router_id 1\n virtual_ipaddress {\n 2001:db8::1\n }\n}\n"
        let result = ModelFixture.load(text)
        #expect(result.diagnostic("should be link-local")?.exitClass == Diagnostic.Class.none)
        #expect(result.exitStatus == 0)
    }
}
