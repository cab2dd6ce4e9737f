import LinuxPlatform
import NetworkPrimitives
import Runtime
import Synchronization
import TestSupport
import Testing

/// The VRRP reactor's alarms (what the VRRP loop's `DeadlineTimer` uses): fired on the reactor thread,
/// never early, once per setting; setting again replaces the instant, earlier or later; nil cancels.
@Suite struct ReactorAlarmTests {
    private final class Firings: Sendable {
        private let state = Mutex<[(at: MonotonicInstant, onThread: Bool)]>([])
        func record(_ at: MonotonicInstant, onThread: Bool) { state.withLock { $0.append((at, onThread)) } }
        var all: [(at: MonotonicInstant, onThread: Bool)] { state.withLock { $0 } }
    }

    /// A reactor, and an alarm of it that records its firings.
    private static func started() throws -> (VRRPReactor, Firings, any Alarm) {
        let reactor = try VRRPReactor()
        let firings = Firings()
        return (reactor, firings, alarm(reactor, firings))
    }

    private static func alarm(_ reactor: VRRPReactor, _ firings: Firings) -> any Alarm {
        reactor.makeAlarm { [weak reactor] in
            guard let reactor else { return }
            firings.record(reactor.now, onThread: reactor.isCurrentThread)
        }
    }

    @Test func anAlarmFiresOnceOnTheReactorThreadAndNeverEarly() async throws {
        let (reactor, firings, alarm) = try Self.started()
        let instant = reactor.now + .milliseconds(5)
        alarm.set(instant)
        #expect(await waitUntil(timeout: .seconds(5)) { firings.all.count == 1 })
        // A second alarm set well after the first shows the reactor has run on past it.
        let witness = Firings()
        Self.alarm(reactor, witness).set(reactor.now + .milliseconds(30))
        #expect(await waitUntil(timeout: .seconds(5)) { witness.all.count == 1 })
        let all = firings.all
        #expect(all.count == 1)
        #expect(all.allSatisfy { $0.at >= instant && $0.onThread })
    }

    @Test func settingAgainReplacesTheInstantEarlierOrLater() async throws {
        let (reactor, firings, alarm) = try Self.started()
        // Later: nothing at the first instant.
        let first = reactor.now + .milliseconds(20)
        alarm.set(first)
        let later = first + .milliseconds(200)
        alarm.set(later)
        #expect(await waitUntil(timeout: .seconds(5)) { firings.all.count == 1 })
        #expect(try #require(firings.all.first).at >= later)
        // Earlier: fires at the earlier instant, and not again at the later one.
        let abandoned = reactor.now + .milliseconds(60)
        alarm.set(abandoned)
        let soon = reactor.now + .milliseconds(5)
        alarm.set(soon)
        #expect(await waitUntil(timeout: .seconds(5)) { firings.all.count == 2 })
        let second = try #require(firings.all.last)
        #expect(second.at >= soon && second.at < abandoned)
        let witness = Firings()
        Self.alarm(reactor, witness).set(abandoned + .milliseconds(30))
        #expect(await waitUntil(timeout: .seconds(5)) { witness.all.count == 1 })
        #expect(firings.all.count == 2)
    }

    @Test func nilCancels() async throws {
        let (reactor, firings, alarm) = try Self.started()
        alarm.set(reactor.now + .milliseconds(10))
        alarm.set(nil)
        // A second alarm set later than the first shows the reactor has passed the cancelled instant.
        let witness = Firings()
        let other = Self.alarm(reactor, witness)
        other.set(reactor.now + .milliseconds(40))
        #expect(await waitUntil(timeout: .seconds(5)) { witness.all.count == 1 })
        #expect(firings.all.isEmpty)
    }
}
