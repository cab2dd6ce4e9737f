import Foundation
import CNetShim
import Glibc
import LinuxPlatform

/// Probes `http://TARGET:PORT/` from inside a network namespace at a fixed interval, on a thread of
/// its own that has entered that namespace (setns affects only the calling thread), and records who
/// answered each probe. This is what a client of the VIP sees.
public final class HTTPProber: @unchecked Sendable {
    public struct Sample: Sendable {
        /// Seconds since the prober started.
        public var time: Double
        /// The response body's first line, or nil when the probe got no answer in time.
        public var responder: String?
    }

    private let lock = NSLock()
    private var samples: [Sample] = []
    private var stopped = false
    private let namespace: String
    private let target: String
    private let port: UInt16
    private let interval: TimeInterval
    private let timeout: TimeInterval
    private let started = Date()

    public init(namespace: String, target: String, port: UInt16 = 80, interval: TimeInterval = 0.01,
                timeout: TimeInterval = 0.2) {
        self.namespace = namespace
        self.target = target
        self.port = port
        self.interval = interval
        self.timeout = timeout
    }

    public func start() {
        do {
            try NetworkNamespace.startThread(named: namespace, threadName: "vigil-prober") { [self] in loop() }
        } catch {
            lock.withLock { stopped = true }
        }
    }

    public func stop() { lock.withLock { stopped = true } }

    /// All samples so far.
    public var recorded: [Sample] { lock.withLock { samples } }

    /// Samples from index `from` on.
    public func samples(from index: Int) -> [Sample] {
        lock.withLock { index < samples.count ? Array(samples[index...]) : [] }
    }

    private func loop() {
        var next = Date()
        while !lock.withLock({ stopped }) {
            let t = Date().timeIntervalSince(started)
            let answer = probeOnce()
            lock.withLock { samples.append(Sample(time: t, responder: answer)) }
            next = next.addingTimeInterval(interval)
            let wait = next.timeIntervalSinceNow
            if wait > 0 { usleep(useconds_t(wait * 1_000_000)) } else { next = Date() }
        }
    }

    private func probeOnce() -> String? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        guard inet_pton(AF_INET, target, &addr.sin_addr) == 1 else { return nil }
        let connected = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return nil }
        let request = "GET / HTTP/1.0\r\nHost: \(target)\r\n\r\n"
        guard request.withCString({ send(fd, $0, strlen($0), Int32(MSG_NOSIGNAL)) }) > 0 else { return nil }
        var response = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while response.count < 65536 {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            response.append(contentsOf: buffer[0..<n])
        }
        let text = String(decoding: response, as: UTF8.self)
        guard text.hasPrefix("HTTP/"), let split = text.range(of: "\r\n\r\n") else { return nil }
        let body = text[split.upperBound...]
        let headerLines = text[..<split.lowerBound].split(separator: "\r\n")
        let via = headerLines.first { $0.lowercased().hasPrefix("x-served-by:") }
            .map { $0.dropFirst("x-served-by:".count).trimmingCharacters(in: .whitespaces) }
        let first = body.split(separator: "\n").first.map(String.init) ?? ""
        return via.map { "\(first.trimmingCharacters(in: .whitespaces)) via \($0)" } ?? first
    }
}
