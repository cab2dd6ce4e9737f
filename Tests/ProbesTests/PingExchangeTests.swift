import Glibc
import HealthCheck
import NIOCore
import NetworkPrimitives
import Testing

@testable import Probes

@Suite struct PingExchangeTests {
    static func ping(_ host: String, runner: ProbeRunner = TestLoops.makeRunner(), timeout: Duration = .seconds(2)) async
        -> ProbeResult
    {
        await runner.run(.ping, target: ProbeTarget(address: IPAddress(host)!, port: 0), timeout: timeout)
    }

    @Test("loopback answers an echo over a datagram ICMP socket", arguments: ["127.0.0.1", "::1"])
    func loopback(host: String) async {
        let runner = ProbeRunner(eventLoop: TestLoops.runnerLoop, tlsConfiguration: nil, pingSockets: [.datagram])
        #expect(await Self.ping(host, runner: runner) == .success)
    }

    @Test("the raw-socket fallback works too", .enabled(if: getuid() == 0), arguments: ["127.0.0.1", "::1"])
    func raw(host: String) async {
        let runner = ProbeRunner(eventLoop: TestLoops.runnerLoop, tlsConfiguration: nil, pingSockets: [.raw])
        let result = await Self.ping(host, runner: runner)
        #expect(result == .success)
    }

    @Test("an address that never answers fails within the timeout")
    func unanswered() async {
        let (result, elapsed) = await timed { await Self.ping("203.0.113.1", timeout: .milliseconds(500)) }
        #expect(!result.isSuccess)
        #expect(elapsed < .seconds(15))
    }
}
