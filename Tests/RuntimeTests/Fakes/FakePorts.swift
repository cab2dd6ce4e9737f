import Engine
import NetworkPrimitives
import Runtime

/// Records transmissions; packets pushed with `deliver` come out of `receive()`.
final class RecordingVRRPNetwork: VRRPNetwork {
    private let journal: PortJournal
    private let stream: AsyncStream<ReceivedVRRPPacket>
    private let continuation: AsyncStream<ReceivedVRRPPacket>.Continuation
    let failure: (any Error)?

    init(journal: PortJournal, failure: (any Error)? = nil) {
        self.journal = journal
        self.failure = failure
        (stream, continuation) = AsyncStream.makeStream(of: ReceivedVRRPPacket.self)
    }

    func send(_ transmission: VRRPTransmission) async throws {
        journal.record(.sent(transmission))
        if let failure { throw failure }
    }

    func receive() -> AsyncStream<ReceivedVRRPPacket> { stream }

    func deliver(_ packet: ReceivedVRRPPacket) { continuation.yield(packet) }
}

/// Records additions and removals; reports nothing on any interface.
struct RecordingAddressTable: AddressTable {
    let journal: PortJournal

    func add(_ address: VirtualAddress) async throws { journal.record(.added(address)) }
    func remove(_ address: VirtualAddress) async throws { journal.record(.removed(address)) }
    func addresses(on interface: InterfaceName) async throws -> [IPPrefix] { [] }
}

struct RecordingAnnouncer: AddressAnnouncer {
    let journal: PortJournal

    func announce(_ address: IPAddress, on interface: InterfaceName) async throws {
        journal.record(.announced(address, interface))
    }
}

/// Link changes pushed with `report` come out of `changes()`.
final class ScriptedLinkMonitor: LinkMonitor {
    private let stream: AsyncStream<InterfaceEvent>
    private let continuation: AsyncStream<InterfaceEvent>.Continuation

    init() { (stream, continuation) = AsyncStream.makeStream(of: InterfaceEvent.self) }

    func changes() -> AsyncStream<InterfaceEvent> { stream }

    func report(_ change: InterfaceEvent) { continuation.yield(change) }
}

/// Answers every script with the same outcome, after recording it.
struct ScriptedScriptRunner: ScriptRunner {
    let journal: PortJournal
    var outcome: ScriptOutcome = .exited(0)

    func run(_ request: ScriptRequest) async -> ScriptOutcome {
        journal.record(.ranScript(request))
        return outcome
    }
}

struct RecordingLogSink: LogSink {
    let journal: PortJournal

    func write(_ record: LogRecord) { journal.record(.logged(record)) }
}

struct FailingPortError: Error, CustomStringConvertible {
    var description: String { "no route to host" }
}
