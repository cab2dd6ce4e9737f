import Daemon
import Synchronization
import Testing

/// `vigil status --watch` shows the checkers' transitions beside VRRP's: the checker service's loop
/// reports each snapshot to the feed, which writes a line per real server and quorum that changed.
@Suite struct TransitionFeedCheckerTests {
    @Test func aRealServerGoingDownAndItsQuorumAreStreamedWithTheFailingChecksReason() async throws {
        let feed = TransitionFeed(wallClock: { 3_600 })
        let harness = CheckerServiceHarness(
            CheckerConfigText.virtualServer(
                "delay_loop 1", realServer: "weight 1\nTCP_CHECK {\nconnect_timeout 1\nretry 0\nwarmup 0\n}"),
            feed: feed)
        _ = await harness.advance(upTo: .seconds(3)) {
            harness.service.snapshot().virtualServers.first?.realServers.first?.isAlive == true
        }
        let lines = Mutex<[String]>([])
        let id = feed.subscribe { line in if let line { lines.withLock { $0.append(line) } } }
        let server = "real server [10.0.1.1]:tcp:8080 of [10.0.0.100]:tcp:80"
        let quorum = "virtual server [10.0.0.100]:tcp:80 quorum"
        #expect(lines.withLock { $0 } == ["01:00:00.000Z \(server) UP\n", "01:00:00.000Z \(quorum) UP\n"])
        harness.prober.set(StatusTestAddress.backend, .failure(reason: "connection refused"))
        _ = await harness.advance(upTo: .seconds(5)) { lines.withLock { $0.count } >= 4 }
        #expect(
            lines.withLock { Array($0.dropFirst(2)) } == [
                "01:00:00.000Z \(server) UP -> DOWN (TCP_CHECK: connection refused)\n",
                "01:00:00.000Z \(quorum) UP -> DOWN\n",
            ])
        harness.prober.set(StatusTestAddress.backend, .success)
        _ = await harness.advance(upTo: .seconds(5)) { lines.withLock { $0.count } >= 6 }
        #expect(
            lines.withLock { Array($0.dropFirst(4)) } == [
                "01:00:00.000Z \(server) DOWN -> UP\n", "01:00:00.000Z \(quorum) DOWN -> UP\n",
            ])
        feed.unsubscribe(id)
        await harness.stop()
    }
}
