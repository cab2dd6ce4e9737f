import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Testing

/// `rs_init_notifies`: the real servers a configuration adds that start up run their notify_up at
/// once; alpha servers (down until checked) and servers a reload keeps do not.
@Suite struct CheckerEngineInitialNotifyTests {
    static let up = CheckerScript(arguments: ["/bin/notify", "up"])

    static func configuration(_ servers: [CheckerFixture.Server], notifies: Bool) -> CheckerConfiguration {
        var configuration = CheckerFixture.configuration(CheckerFixture.virtualServer(servers))
        configuration.notifiesInitialState = notifies
        return configuration
    }

    static func server(_ n: Int, alpha: Bool = false) -> CheckerFixture.Server {
        var server = CheckerFixture.server(n, checkers: [CheckerFixture.tcp(n, alpha: alpha)])
        server.notifyUp = up
        return server
    }

    @Test func aServerThatStartsUpRunsItsNotifyUpAtOnce() {
        var world = CheckerWorld()
        world.configure(Self.configuration([Self.server(1), Self.server(2, alpha: true)], notifies: true))
        let virtualServer = CheckerFixture.virtualServer([Self.server(1)]).id
        let first = RealServerID(virtualServer: virtualServer, address: CheckerFixture.backend(1), port: 8080)
        #expect(world.scripts.map(\.purpose) == [.notifyUp(first)])
        #expect(world.scripts.allSatisfy { $0.at == .zero && $0.script == Self.up })

        // A reload that keeps the servers runs nothing again.
        world.configure(Self.configuration([Self.server(1), Self.server(2, alpha: true)], notifies: true))
        #expect(world.scripts.count == 1)
    }

    @Test func withoutTheKeywordNothingRunsAtStart() {
        var world = CheckerWorld()
        world.configure(Self.configuration([Self.server(1)], notifies: false))
        #expect(world.scripts.isEmpty)
    }
}
