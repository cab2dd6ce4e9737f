import Daemon
import Engine
import Synchronization
import Testing

private final class WallClock: Sendable {
    let seconds = Mutex<Double>(1_000)
    func advance(_ by: Double) { seconds.withLock { $0 += by } }
    func now() -> Double { seconds.withLock { $0 } }
}

@Suite struct StatusBoardTests {
    @Test func recordedTransitionsFillInstancesThatCarryNone() throws {
        let clock = WallClock()
        let board = StatusBoard(routerID: "LB_TEST", wallClock: { clock.now() })
        clock.advance(5)
        board.recordTransition(instance: "VI_1", from: .backup, to: .master, reason: "Receive advertisement timeout")
        board.publish(instances: [
            StatusDocument.Instance(
                name: "VI_1", state: .master, wantedState: .master, basePriority: 100, effectivePriority: 100,
                virtualRouterID: 1)
        ])
        clock.advance(2)
        let document = board.document()
        #expect(document.generatedAt == 1_007 && document.uptimeSeconds == 7)
        #expect(
            document.instances.first?.lastTransition
                == StatusDocument.Transition(
                    from: .backup, to: .master, reason: "Receive advertisement timeout", at: 1_005))
        #expect(document.virtualServers.isEmpty && document.alerts == nil)
    }

    @Test func theCheckerAndTheMailerAreReadWhenTheDocumentIsMade() {
        let mailer = Mutex(SMTPMailerActivity(delivered: 1))
        let board = StatusBoard(
            routerID: "r", dataPlane: "nftables", checker: { CheckerSnapshot() }, alerts: { mailer.withLock { $0 } })
        #expect(board.document().alerts == StatusDocument.Alerts(delivered: 1))
        mailer.withLock { $0 = SMTPMailerActivity(queued: 2, sending: true, failed: 4) }
        #expect(board.document().alerts == StatusDocument.Alerts(failed: 4, queued: 3))
        board.update(routerID: "r2", dataPlane: "ipvs")
        #expect(board.document().routerID == "r2" && board.document().dataPlane == "ipvs")
    }
}
