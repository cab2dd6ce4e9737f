import Engine
import NetworkPrimitives
import Synchronization

/// One call a fake port received, or one event a scripted core handled, in global order.
enum PortCall: Hashable, Sendable {
    case sent(VRRPTransmission)
    case added(VirtualAddress)
    case removed(VirtualAddress)
    case announced(IPAddress, InterfaceName)
    case ranScript(ScriptRequest)
    case logged(LogRecord)
    case handled(EngineEvent, at: MonotonicInstant)
    case started(at: MonotonicInstant)
}

/// The shared, ordered record of everything the fakes saw.
final class PortJournal: Sendable {
    private let calls = Mutex<[PortCall]>([])

    func record(_ call: PortCall) {
        calls.withLock { $0.append(call) }
    }

    var entries: [PortCall] { calls.withLock { $0 } }

    /// Waits (in real time, at most `timeout`) until `condition` holds for the entries.
    func waitUntil(
        timeout: Duration = .seconds(30), _ condition: ([PortCall]) -> Bool
    ) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if condition(entries) { return true }
            try? await Task.sleep(for: .milliseconds(1))
        }
        return condition(entries)
    }
}
