import Engine
import NetworkPrimitives
import Runtime
import Synchronization

/// The VRRP loop's ports for the benchmark: a network that counts sends and keeps the delivery
/// handler (so packets can be handed in on the reactor thread, as the raw socket network does), and
/// ports that do nothing (no transition happens in the measured window).
final class CountingNetwork: VRRPNetwork {
    let sent = Atomic<Int>(0)
    let handler = Mutex<(@Sendable (ReceivedVRRPPacket) -> Void)?>(nil)

    func send(_ transmission: VRRPTransmission) async throws { sent.add(1, ordering: .relaxed) }
    func receive() -> AsyncStream<ReceivedVRRPPacket> { AsyncStream { $0.finish() } }
    func deliver(to handler: @escaping @Sendable (ReceivedVRRPPacket) -> Void) -> Bool {
        self.handler.withLock { $0 = handler }
        return true
    }
}

struct QuietAddresses: AddressTable {
    func add(_ address: VirtualAddress) async throws {}
    func remove(_ address: VirtualAddress) async throws {}
    func addresses(on interface: InterfaceName) async throws -> [IPPrefix] { [] }
}

struct QuietAnnouncer: AddressAnnouncer {
    func announce(_ address: IPAddress, on interface: InterfaceName) async throws {}
}

struct QuietLinks: LinkMonitor {
    func changes() -> AsyncStream<InterfaceEvent> { AsyncStream { _ in } }
}

struct QuietScripts: ScriptRunner {
    func run(_ request: ScriptRequest) async -> ScriptOutcome { .exited(0) }
}

struct QuietLog: LogSink {
    func write(_ record: LogRecord) {}
}
