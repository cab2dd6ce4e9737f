import Glibc
import LinuxPlatform
import NetworkPrimitives
import Synchronization

/// Probes `http://TARGET:PORT/` from inside a network namespace at a fixed interval, on a thread of
/// its own that has entered that namespace (setns affects only the calling thread), and records who
/// answered each probe. This is what a client of the VIP sees.
public final class HTTPProber: Sendable {
    public struct Sample: Sendable {
        /// Seconds since the prober started.
        public var time: Double
        /// The response body's first line (with `via X-Served-By`), or nil when the probe got no
        /// answer in time.
        public var responder: String?
    }

    private struct State {
        var samples: [Sample] = []
        var stopped = false
    }

    private let state = Mutex(State())
    private let namespace: String
    private let target: String
    private let port: UInt16
    private let interval: Duration
    private let timeout: Duration
    private let started = ContinuousClock.now

    public init(
        namespace: String, target: String, port: UInt16 = 80, interval: Duration = .milliseconds(10),
        timeout: Duration = .milliseconds(200)
    ) {
        self.namespace = namespace
        self.target = target
        self.port = port
        self.interval = interval
        self.timeout = timeout
    }

    /// Starts probing; a namespace that cannot be entered leaves the prober stopped, with no samples.
    public func start() {
        do {
            try NetworkNamespace.startThread(named: namespace, threadName: "vigil-prober") { [self] in loop() }
        } catch {
            stop()
        }
    }

    public func stop() { state.withLock { $0.stopped = true } }

    /// All samples so far.
    public var recorded: [Sample] { state.withLock { $0.samples } }

    /// Samples from index `from` on.
    public func samples(from index: Int) -> [Sample] {
        state.withLock { index < $0.samples.count ? Array($0.samples[index...]) : [] }
    }

    private func loop() {
        var next = ContinuousClock.now
        while !state.withLock({ $0.stopped }) {
            let time = LabWait.seconds(ContinuousClock.now - started)
            let answer = probeOnce()
            state.withLock { $0.samples.append(Sample(time: time, responder: answer)) }
            next += interval
            let now = ContinuousClock.now
            if next > now { System.sleep(for: next - now) } else { next = now }
        }
    }

    private func probeOnce() -> String? {
        guard let address = IPv4Address(target) else { return nil }
        let deadline = ContinuousClock.now + timeout
        guard let socket = try? SocketHandle(domain: AF_INET, type: Int32(SOCK_STREAM.rawValue), protocol: 0) else {
            return nil
        }
        defer { socket.close() }
        let fd = socket.descriptor
        var peer = SocketAddress.v4(address, port: port)
        guard let progress = try? System.connect(fd, to: &peer) else { return nil }
        if case .inProgress = progress {
            guard Self.wait(fd, for: Int16(POLLOUT), until: deadline), System.pendingError(fd) == 0 else { return nil }
        }
        var request = Array("GET / HTTP/1.0\r\nHost: \(target)\r\n\r\n".utf8)
        while !request.isEmpty {
            guard Self.wait(fd, for: Int16(POLLOUT), until: deadline),
                let sent = try? System.send(fd, bytes: request)
            else { return nil }
            request.removeFirst(sent)
        }
        var response: [UInt8] = []
        while response.count < 65536, Self.wait(fd, for: Int16(POLLIN), until: deadline) {
            // Nothing (would block despite poll), an error, or end of stream: the answer is complete.
            guard let bytes = try? System.receive(fd, capacity: 4096), !bytes.isEmpty else { break }
            response += bytes
        }
        return Self.responder(String(decoding: response, as: UTF8.self))
    }

    /// Waits until `fd` is ready for `events` or `deadline` passes.
    private static func wait(_ fd: Int32, for events: Int16, until deadline: ContinuousClock.Instant) -> Bool {
        let left = deadline - .now
        guard left > .zero else { return false }
        var fds = [pollfd(fd: fd, events: events, revents: 0)]
        let milliseconds = Int32(clamping: max(1, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
        return ((try? System.poll(&fds, timeoutMilliseconds: milliseconds)) ?? 0) > 0
    }

    /// The body's first line, with `via <X-Served-By>` when the answer names the load balancer.
    static func responder(_ text: String) -> String? {
        let parts = text.split(separator: "\r\n\r\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard text.hasPrefix("HTTP/"), parts.count == 2 else { return nil }
        let body = parts[1]
        let headerLines = parts[0].split(separator: "\r\n")
        let via = headerLines.first { $0.lowercased().hasPrefix("x-served-by:") }
            .map { $0.dropFirst("x-served-by:".count).labTrimmed }
        let first = body.split(separator: "\n").first.map(String.init) ?? ""
        return via.map { "\(first.labTrimmed) via \($0)" } ?? first
    }
}
