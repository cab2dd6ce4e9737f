// CNetShim owns <sys/socket.h> once LinuxPlatform is imported anywhere in this module.
import CNetShim
import Foundation
import Glibc
import LinuxPlatform

/// Answers every UDP datagram on a port with the host's name, from inside a namespace: the far end of
/// `UDPProber`, so a client can tell which load balancer holds the VIP at each instant.
public final class UDPEchoResponder: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false

    public init() {}

    public func start(namespace: String, port: UInt16, name: String) {
        // A namespace that cannot be entered leaves the responder silent.
        try? NetworkNamespace.startThread(named: namespace, threadName: "vigil-echo") { [self] in
            serve(port: port, name: name)
        }
    }

    public func stop() { lock.withLock { stopped = true } }

    private func serve(port: UInt16, name: String) {
        let fd = socket(AF_INET, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 64)
        let reply = Array(name.utf8)
        while !lock.withLock({ stopped }) {
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 100) > 0 else { continue }
            var peer = sockaddr_in()
            var peerLength = socklen_t(MemoryLayout<sockaddr_in>.size)
            let n = withUnsafeMutablePointer(to: &peer) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { recvfrom(fd, &buffer, buffer.count, 0, $0, &peerLength) }
            }
            guard n >= 8 else { continue }
            let message = Array(buffer[0..<8]) + reply
            _ = withUnsafePointer(to: &peer) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { sendto(fd, message, message.count, 0, $0, peerLength) }
            }
        }
    }
}
