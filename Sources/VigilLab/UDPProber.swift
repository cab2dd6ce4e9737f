import Glibc
import LinuxPlatform
import NetworkPrimitives
import Synchronization

/// Sends one numbered UDP probe to TARGET:PORT every `interval` from inside a namespace and records
/// each reply's arrival time and responder: the client-seen view of a failover.
public final class UDPProber: Sendable {
    public struct Reply: Sendable {
        /// Seconds since the prober was created (monotonic).
        public var time: Double
        public var responder: String
        /// The number of the probe answered (0 for the first sent).
        public var sequence: UInt64
    }

    private struct State {
        var stopped = false
        var replies: [Reply] = []
        var sent = 0
        /// When each probe was sent, by sequence number.
        var sendTimes: [Double] = []
    }

    private let state = Mutex(State())
    private let started = ContinuousClock.now

    public init() {}

    /// Seconds since the prober was created, on the same clock as `Reply.time`.
    public var now: Double { LabWait.seconds(ContinuousClock.now - started) }

    public var recorded: [Reply] { state.withLock { $0.replies } }
    public var probesSent: Int { state.withLock { $0.sent } }

    /// Starts probing; a namespace that cannot be entered leaves the prober silent: no probes, no replies.
    public func start(namespace: String, target: String, port: UInt16, interval: Duration = .milliseconds(10)) {
        try? NetworkNamespace.startThread(named: namespace, threadName: "vigil-udp-prober") { [self] in
            probe(target: target, port: port, interval: interval)
        }
    }

    public func stop() { state.withLock { $0.stopped = true } }

    /// The longest time between two consecutive replies inside [from, to].
    public func longestGap(from: Double, to: Double) -> Double {
        let times = recorded.map(\.time).filter { $0 >= from && $0 <= to }
        return zip(times, times.dropFirst()).map { $1 - $0 }.max() ?? (to - from)
    }

    /// Probes sent in [from, to] that no reply answered (a reply still on its way after `to` counts as lost,
    /// so leave a round trip of slack).
    public func lostProbes(sentFrom from: Double, to: Double) -> Int {
        let (sendTimes, replies) = state.withLock { ($0.sendTimes, $0.replies) }
        let answered = Set(replies.map(\.sequence))
        return sendTimes.indices.filter { sendTimes[$0] >= from && sendTimes[$0] <= to && !answered.contains(UInt64($0)) }
            .count
    }

    private func probe(target: String, port: UInt16, interval: Duration) {
        guard let address = IPv4Address(target),
            let socket = try? SocketHandle(domain: AF_INET, type: Int32(SOCK_DGRAM.rawValue), protocol: 0)
        else { return }
        defer { socket.close() }
        let fd = socket.descriptor
        var destination = SocketAddress.v4(address, port: port)
        let step = LabWait.seconds(interval)
        var nextSend = now
        var sequence: UInt64 = 0
        while !state.withLock({ $0.stopped }) {
            if now >= nextSend {
                let payload = (0..<8).map { UInt8(truncatingIfNeeded: sequence >> (56 - 8 * $0)) }
                let sentAt = now
                _ = try? System.sendTo(fd, payload, address: &destination)
                sequence += 1
                state.withLock {
                    $0.sent += 1
                    $0.sendTimes.append(sentAt)
                }
                nextSend += step
                if nextSend < now { nextSend = now + step }
            }
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
            let wait = max(0, Int32((nextSend - now) * 1000))
            guard ((try? System.poll(&fds, timeoutMilliseconds: wait)) ?? 0) > 0 else { continue }
            while let bytes = try? System.receive(fd, capacity: 256), bytes.count >= 8 {
                let number = bytes[..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                let reply = Reply(time: now, responder: String(decoding: bytes[8...], as: UTF8.self), sequence: number)
                state.withLock { $0.replies.append(reply) }
            }
        }
    }
}
