import Engine
import NetworkPrimitives
import Runtime
import Synchronization

/// The daemon's network (real sends on `vg0`), with each advert's send time marked; received adverts
/// are handed in by the bench through the kept delivery handler, on the reactor thread, as the raw
/// socket network hands them in.
final class TimedNetwork: VRRPNetwork {
    let inner: any VRRPNetwork
    let timeline: TakeoverTimeline
    let clock: any MonotonicClock
    let handler = Mutex<(@Sendable (ReceivedVRRPPacket) -> Void)?>(nil)

    init(inner: any VRRPNetwork, timeline: TakeoverTimeline, clock: any MonotonicClock) {
        self.inner = inner
        self.timeline = timeline
        self.clock = clock
    }

    func send(_ transmission: VRRPTransmission) async throws {
        try await inner.send(transmission)
        timeline.mark(.advert(vrid: TakeoverTimeline.vrid(instance: transmission.instance)), at: clock.now)
    }

    func receive() -> AsyncStream<ReceivedVRRPPacket> { AsyncStream { $0.finish() } }

    func deliver(to handler: @escaping @Sendable (ReceivedVRRPPacket) -> Void) -> Bool {
        self.handler.withLock { $0 = handler }
        return true
    }
}

/// The daemon's netlink address table, with the instant each add was acknowledged marked.
struct TimedAddresses: AddressTable {
    let inner: any AddressTable
    let timeline: TakeoverTimeline
    let clock: any MonotonicClock

    func add(_ address: VirtualAddress) async throws {
        try await inner.add(address)
        timeline.mark(.vipAdded(vrid: TakeoverTimeline.vrid(address: address.address)), at: clock.now)
    }

    func remove(_ address: VirtualAddress) async throws {
        try await inner.remove(address)
        timeline.mark(.vipRemoved(vrid: TakeoverTimeline.vrid(address: address.address)), at: clock.now)
    }

    func addresses(on interface: InterfaceName) async throws -> [IPPrefix] {
        try await inner.addresses(on: interface)
    }
}

/// The daemon's announcer (GARP on `vg0`), with each announcement's send time marked.
struct TimedAnnouncer: AddressAnnouncer {
    let inner: any AddressAnnouncer
    let timeline: TakeoverTimeline
    let clock: any MonotonicClock

    func announce(_ address: IPAddress, on interface: InterfaceName) async throws {
        try await inner.announce(address, on: interface)
        timeline.mark(.garp(vrid: TakeoverTimeline.vrid(address: address)), at: clock.now)
    }
}

/// The daemon's notify FIFO writer, with each MASTER line's write marked.
struct TimedFIFO: NotifyFIFOSink {
    let inner: any NotifyFIFOSink
    let timeline: TakeoverTimeline
    let clock: any MonotonicClock

    func write(_ line: NotifyFIFOLine) {
        inner.write(line)
        // `INSTANCE "VI_17" MASTER 100`
        let fields = line.text.split(separator: " ")
        guard fields.count >= 3, fields[2] == "MASTER" else { return }
        let name = fields[1].filter { $0 != "\"" }
        timeline.mark(.fifo(vrid: TakeoverTimeline.vrid(instance: name)), at: clock.now)
    }
}

struct NoScripts: ScriptRunner {
    func run(_ request: ScriptRequest) async -> ScriptOutcome { .exited(0) }
}
