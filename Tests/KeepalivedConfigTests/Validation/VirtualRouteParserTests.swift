import NetworkPrimitives
import Testing

@testable import KeepalivedConfig

@Suite struct VirtualRouteParserTests {
    static func routes(_ lines: String) -> ConfigLoadResult {
        ModelFixture.load(ModelFixture.instance("virtual_routes {\n\(lines)\n}"))
    }

    @Test func theRouteFormsOfKeepalivedsSamplesAreRead() throws {
        let result = Self.routes(
            """
            src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev eth1
            192.168.111.0/24 dev eth2 scope link table 100 metric 5 proto static
            blackhole 192.168.113.1/32
            default via 10.0.0.254 mtu lock 1400 no_track
            """)
        // keepalived 2.2.7 reports the blackhole route, which has no interface to track it by, and exits 5.
        #expect(
            result.diagnostics.map(\.message) == [
                "the route to 192.168.113.1/32 has no 'dev', so it cannot be tracked; it is not tracked (add 'dev' or 'no_track')"
            ], "\(result.renderedDiagnostics)")
        #expect(result.exitStatus == 5)
        let routes = try #require(result.instance?.addresses.virtualRoutes)
        #expect(routes.count == 4)
        #expect(routes[0].source == IPAddress("192.168.100.1"))
        #expect(routes[0].destination == IPPrefix("192.168.109.0/24"))
        #expect(routes[0].gateway == IPAddress("192.168.200.254"))
        #expect(routes[0].device == "eth1")
        #expect(routes[1].table == "100" && routes[1].metric == 5 && routes[1].scope == "link")
        #expect(routes[1].routingProtocol == "static")
        #expect(routes[2].type == "blackhole")
        #expect(routes[3].destination == IPPrefix("0.0.0.0/0"))
        #expect(routes[3].otherOptions == [["mtu", "lock", "1400"]])
        #expect(!routes[3].tracked)
    }

    @Test func deprecatedGwAndOrAreAcceptedWithWarnings() throws {
        let result = Self.routes(
            "192.168.113.0/24 via 192.168.100.252 or 192.168.100.253\n0.0.0.0/0 gw 192.168.0.1 table 100")
        #expect(result.mentions("'or' in routes is deprecated"))
        #expect(result.mentions("'gw' in routes is deprecated"))
        let routes = try #require(result.instance?.addresses.virtualRoutes)
        #expect(routes[0].nextHops == [["via", "192.168.100.252"], ["via", "192.168.100.253"]])
        #expect(routes[0].gateway == nil)
        #expect(routes[1].gateway == IPAddress("192.168.0.1"))
    }

    @Test(arguments: [
        ("via 10.0.0.1", "the route has no destination"),
        ("10.0.0.0/8 via 2001:db8::1", "cannot mix IPv4 and IPv6"),
        ("10.0.0.0/8 via", "'via' needs a value"),
        ("10.0.0.0/8 frobnicate", "neither a route option nor a destination"),
    ])
    func malformedRoutesAreDropped(line: String, message: String) {
        let result = Self.routes(line)
        #expect(result.mentions(message), "\(result.renderedDiagnostics)")
        #expect(result.instance?.addresses.virtualRoutes.isEmpty == true)
    }

    @Test func nexthopGroupsAreKeptAsWritten() throws {
        let result = Self.routes(
            "10.1.0.0/16 nexthop via 10.0.0.1 dev eth0 weight 1 nexthop via 10.0.0.2 dev eth1 weight 2")
        let route = try #require(result.instance?.addresses.virtualRoutes.first)
        #expect(
            route.nextHops == [
                ["via", "10.0.0.1", "dev", "eth0", "weight", "1"],
                ["via", "10.0.0.2", "dev", "eth1", "weight", "2"],
            ])
    }
}
