import LinuxPlatform

/// Probe sockets kept between checks. A finished check's socket is reset with `connect(AF_UNSPEC)`
/// (the kernel sends the same RST an SO_LINGER-0 close does, and frees the local port) instead of
/// being closed, and the next check to the same kind of target connects it again: no `socket`,
/// `setsockopt` or `close` per check, and it stays in the reactor's epoll set (Docs/Modules/Probes.md).
/// Only sockets with nothing bound to them (no `bindto`, `bind_port` or `fwmark`) come here.
struct StreamSocketPool {
    /// What a pooled socket was made for: its address family, and whether it sends its handshake's
    /// last ACK with the request (HTTP) or at once (TCP_CHECK).
    struct Flavour: Hashable {
        var family: Int32
        var sendsAckWithRequest: Bool
    }

    /// A socket that leaves the pool.
    struct Socket {
        var fd: Int32
        /// Already in the reactor's epoll set: its registration is modified, not added.
        var registered: Bool
    }

    private var idle: [Flavour: [Socket]] = [:]
    private(set) var idleCount = 0
    /// At most this many idle sockets are kept (each holds a descriptor).
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// An idle socket of `flavour`, if one is kept.
    mutating func take(_ flavour: Flavour) -> Socket? {
        guard let socket = idle[flavour]?.popLast() else { return nil }
        idleCount -= 1
        return socket
    }

    /// Resets the socket's connection (RST) and keeps it; a full pool or a failed reset closes it the
    /// old way. The socket must have ended without a socket error.
    mutating func recycle(_ socket: Socket, as flavour: Flavour) {
        guard idleCount < capacity, System.disconnect(socket.fd) else { return System.closeWithReset(socket.fd) }
        idle[flavour, default: []].append(socket)
        idleCount += 1
    }

    /// Closes every idle socket (the reactor is stopping).
    mutating func closeAll() {
        for socket in idle.values.joined() { System.close(socket.fd) }
        idle.removeAll()
        idleCount = 0
    }
}
