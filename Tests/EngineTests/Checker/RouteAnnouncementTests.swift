import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Testing

/// BGP mode in the checker engine: a route is announced while its virtual servers have quorum and
/// its tracked scripts pass, and withdrawn otherwise.
@Suite struct RouteAnnouncementTests {
    typealias F = CheckerFixture
    static let prefix = IPPrefix(host: F.vip)

    static func configuration(scripts: [String] = []) -> CheckerConfiguration {
        var configuration = F.configuration(F.virtualServer([F.server(1)]))
        configuration.routes = [
            AnnouncedRoute(prefix: prefix, virtualServers: [configuration.virtualServers[0].id], scripts: scripts)
        ]
        configuration.routeScripts = scripts.map {
            CheckScript(name: $0, command: ScriptLine(arguments: ["/bin/check"]), interval: .seconds(2))
        }
        return configuration
    }

    static func announcements(_ world: CheckerWorld) -> [[IPPrefix]] {
        world.effects.compactMap { if case .announceRoutes(let prefixes) = $0.effect { prefixes } else { nil } }
    }

    @Test func aRouteFollowsItsVirtualServersQuorum() {
        var world = CheckerWorld()
        world.configure(Self.configuration())
        world.run(for: .seconds(3))
        #expect(Self.announcements(world) == [[Self.prefix]])
        world.set(1, .refusing)
        world.run(for: .seconds(10))
        #expect(Self.announcements(world) == [[Self.prefix], []])
        #expect(world.logLines.contains("BGP: withdrawing \(Self.prefix)"))
        world.set(1, .healthy)
        world.run(for: .seconds(10))
        #expect(Self.announcements(world) == [[Self.prefix], [], [Self.prefix]])
    }

    @Test func aRouteWaitsForItsScriptsFirstSuccessAndIsWithdrawnWhenItFails() {
        var world = CheckerWorld()
        world.configure(Self.configuration(scripts: ["chk"]))
        let runs = world.effects.compactMap { if case .runRouteScript(let request) = $0.effect { request } else { nil } }
        #expect(runs.map(\.purpose) == [.check(name: "chk")])
        #expect(runs.first?.arguments == ["/bin/check"])
        #expect(Self.announcements(world) == [[]])
        world.request(.routeScriptCompleted(name: "chk", .exited(0)))
        #expect(Self.announcements(world) == [[], [Self.prefix]])
        world.request(.routeScriptCompleted(name: "chk", .exited(1)))
        #expect(Self.announcements(world) == [[], [Self.prefix], []])
        world.run(for: .seconds(5))
        let reruns = world.effects.filter { if case .runRouteScript = $0.effect { true } else { false } }
        #expect(reruns.count == 2, "one more run at 2 s; the one at 4 s is skipped while it still runs")
    }

    @Test func withoutRoutesNothingIsAnnounced() {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1)])))
        world.run(for: .seconds(3))
        #expect(Self.announcements(world).isEmpty)
    }

    @Test func aReloadWithoutTheRouteWithdrawsIt() {
        var world = CheckerWorld()
        world.configure(Self.configuration())
        world.run(for: .seconds(1))
        world.configure(F.configuration(F.virtualServer([F.server(1)])))
        #expect(Self.announcements(world) == [[Self.prefix], []])
    }
}
