// CNetShim owns <sys/socket.h> once LinuxPlatform is imported anywhere in this module.
import CNetShim
import Foundation
import Glibc
import LinuxPlatform

/// Sends one numbered UDP probe to TARGET:PORT every `interval` from inside a namespace and records
/// each reply's arrival time and responder: the client-seen view of a failover.
public final class UDPProber: @unchecked Sendable {
    public struct Reply: Sendable {
        /// Seconds since the prober started (monotonic).
        public var time: Double
        public var responder: String
    }

    private let lock = NSLock()
    private var stopped = false
    private var replies: [Reply] = []
    private var sent = 0
    private let start = DispatchTime.now()

    public init() {}

    /// Seconds since the prober was created, on the same clock as `Reply.time`.
    public var now: Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }

    public var recorded: [Reply] { lock.withLock { replies } }
    public var probesSent: Int { lock.withLock { sent } }

    public func start(namespace: String, target: String, port: UInt16, interval: Duration = .milliseconds(10)) {
        // A namespace that cannot be entered leaves the prober silent: no probes, no replies.
        try? NetworkNamespace.startThread(named: namespace, threadName: "vigil-udp-prober") { [self] in
            probe(target: target, port: port, interval: interval)
        }
    }

    public func stop() { lock.withLock { stopped = true } }

    /// The longest time between two consecutive replies inside [from, to].
    public func longestGap(from: Double, to: Double) -> Double {
        let times = recorded.map(\.time).filter { $0 >= from && $0 <= to }
        return zip(times, times.dropFirst()).map { $1 - $0 }.max() ?? (to - from)
    }

    private func probe(target: String, port: UInt16, interval: Duration) {
        let fd = socket(AF_INET, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        guard inet_pton(AF_INET, target, &addr.sin_addr) == 1 else { return }
        let step = Double(interval.components.attoseconds) / 1e18 + Double(interval.components.seconds)
        var nextSend = now
        var seq: UInt64 = 0
        var buffer = [UInt8](repeating: 0, count: 256)
        while !lock.withLock({ stopped }) {
            if now >= nextSend {
                var payload = seq.bigEndian
                _ = withUnsafePointer(to: &addr) { a in
                    a.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                        withUnsafeBytes(of: &payload) { sendto(fd, $0.baseAddress, 8, 0, sa, socklen_t(MemoryLayout<sockaddr_in>.size)) }
                    }
                }
                seq += 1
                lock.withLock { sent += 1 }
                nextSend += step
                if nextSend < now { nextSend = now + step }
            }
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let wait = max(0, Int32((nextSend - now) * 1000))
            if poll(&pfd, 1, wait) > 0 {
                while true {
                    let n = recv(fd, &buffer, buffer.count, 0)
                    if n < 8 { break }
                    let name = String(decoding: buffer[8..<n], as: UTF8.self)
                    let t = now
                    lock.withLock { replies.append(Reply(time: t, responder: name)) }
                }
            }
        }
    }
}
