import Glibc
import LinuxPlatform
import Synchronization

/// Answers every UDP datagram on a port with its first 8 bytes followed by the host's name, from
/// inside a namespace: the far end of `UDPProber`, so a client can tell which load balancer holds the
/// VIP at each instant.
public final class UDPEchoResponder: Sendable {
    private let stopped = Atomic<Bool>(false)

    public init() {}

    /// Starts answering; a namespace that cannot be entered leaves the responder silent.
    public func start(namespace: String, port: UInt16, name: String) {
        try? NetworkNamespace.startThread(named: namespace, threadName: "vigil-echo") { [self] in
            serve(port: port, name: name)
        }
    }

    public func stop() { stopped.store(true, ordering: .releasing) }

    private func serve(port: UInt16, name: String) {
        guard let socket = try? SocketHandle(domain: AF_INET, type: Int32(SOCK_DGRAM.rawValue), protocol: 0) else {
            return
        }
        defer { socket.close() }
        let fd = socket.descriptor
        var local = SocketAddress.v4(.init(0), port: port)
        do {
            try System.setSocketOption(fd, level: SOL_SOCKET, name: SO_REUSEADDR, value: 1, label: "SO_REUSEADDR")
            try System.bind(fd, address: &local)
        } catch {
            return
        }
        let reply = Array(name.utf8)
        while !stopped.load(ordering: .acquiring) {
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
            guard ((try? System.poll(&fds, timeoutMilliseconds: 100)) ?? 0) > 0 else { continue }
            var peer = sockaddr_in()
            while let message = try? System.receiveDatagram(fd, capacity: 64, controlCapacity: 0, from: &peer) {
                guard message.bytes.count >= 8 else { continue }
                _ = try? System.sendTo(fd, Array(message.bytes.prefix(8)) + reply, address: &peer)
            }
        }
    }
}
