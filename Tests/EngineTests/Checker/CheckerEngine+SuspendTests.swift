import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Testing

private typealias F = CheckerFixture

/// `ha_suspend`: no probe while the virtual server's address is not on this host, probes again
/// within a delay_loop of it appearing, keepalived's log lines either way.
@Suite struct CheckerEngineSuspendTests {
    static func suspending(_ servers: [CheckerFixture.Server]) -> CheckerConfiguration {
        var virtualServer = F.virtualServer(servers)
        virtualServer.suspendsWithoutAddress = true
        return F.configuration(virtualServer)
    }

    static let vipHere = LocalAddress(F.vip, interfaceIndex: 2)

    @Test func checkersProbeOnlyWhileTheAddressIsOnThisHost() throws {
        var world = CheckerWorld()
        world.configure(Self.suspending([F.server(1)]))
        world.request(.localAddresses(.listed([LocalAddress(F.address("10.0.0.2"), interfaceIndex: 2)])))
        world.run(for: .seconds(10))
        #expect(world.probes(of: F.backend(1)).isEmpty)
        #expect(world.pool() == ["10.0.1.1:8080=1"], "a suspended checker changes nothing")

        let added = world.now
        world.request(.localAddresses(.added(Self.vipHere)))
        world.run(for: .seconds(5))
        let first = try #require(world.probes(of: F.backend(1)).first)
        #expect(first - added <= .seconds(2))
        #expect(world.logLines(since: added).first == "Activating healthchecker for service [10.0.1.1]:tcp:8080 for VS [10.0.0.100]:tcp:80")

        let removed = world.now
        world.request(.localAddresses(.removed(Self.vipHere)))
        #expect(world.logLines(since: removed) == ["Suspending healthchecker for service [10.0.1.1]:tcp:8080 for VS [10.0.0.100]:tcp:80"])
        world.run(for: .seconds(10))
        #expect(world.probes(of: F.backend(1)).filter { $0 > removed + .seconds(2) }.isEmpty)
    }

    @Test func beforeTheAddressesAreKnownNothingIsSuspended() {
        var world = CheckerWorld()
        world.configure(Self.suspending([F.server(1)]))
        world.run(for: .seconds(5))
        #expect(!world.probes(of: F.backend(1)).isEmpty)
    }

    @Test func aCheckerStartsDeactivatedWhenTheAddressIsAlreadyKnownAbsent() {
        var world = CheckerWorld()
        world.request(.localAddresses(.listed([])))
        world.configure(Self.suspending([F.server(1)]))
        #expect(world.logLines == ["Deactivating healthchecker for service [10.0.1.1]:tcp:8080 for VS [10.0.0.100]:tcp:80"])
    }
}
