import Engine
import NetworkPrimitives
import Testing
import VRRP

@Suite struct EngineVirtualRouteTests {
    typealias F = EngineFixture

    @Test func routesFollowTheAddressesOnBecomingMasterAndGoFirstOnLeavingIt() {
        var instance = F.instance()
        let route = VirtualRouteEntry(
            destination: IPPrefix("10.88.0.0/16")!, gateway: .v4(IPv4Address(10, 0, 0, 254)), interface: "eth0")
        instance.routes = [route]
        var engine = F.engine([instance])
        _ = engine.start(now: .zero)
        let becoming = F.run(&engine, until: .zero + .seconds(4))
        let added = becoming.firstIndex(of: .addRoute(route))
        let lastAddress = becoming.lastIndex { if case .addAddress = $0 { true } else { false } }
        #expect(added != nil && lastAddress != nil && lastAddress! < added!)
        let leaving = engine.handle(.shutdownRequested, now: .zero + .seconds(5))
        let removed = leaving.firstIndex(of: .removeRoute(route))
        let firstAddress = leaving.firstIndex { if case .removeAddress = $0 { true } else { false } }
        #expect(removed != nil && firstAddress != nil && removed! < firstAddress!)
    }
}
