import Glibc

/// An AF_UNIX datagram socket: the syslog handler and the systemd notifier send on an unbound one;
/// a bound one receives (the tests' stand-in for /dev/log and for systemd's NOTIFY_SOCKET).
public final class UnixDatagramSocket: Sendable {
    /// The descriptor, closed when the socket is released.
    public let descriptor: Int32
    /// The path (or "@abstract" name) the socket is bound to, if any.
    public let boundPath: String?

    /// An unbound socket for sending.
    public init() throws(SystemError) {
        descriptor = try System.socket(domain: AF_UNIX, type: Int32(SOCK_DGRAM.rawValue), protocol: 0)
        boundPath = nil
    }

    /// A socket bound to `path` (a leading "@" names an abstract socket), for receiving.
    public init(listeningAt path: String) throws(SystemError) {
        let fd = try System.socket(domain: AF_UNIX, type: Int32(SOCK_DGRAM.rawValue), protocol: 0)
        do {
            try System.bind(fd, toUnixPath: path)
        } catch {
            System.close(fd)
            throw error
        }
        descriptor = fd
        boundPath = path
    }

    deinit {
        System.close(descriptor)
        if let boundPath, !boundPath.hasPrefix("@") { try? System.unlink(boundPath) }
    }

    /// Sends one datagram to the socket at `path`.
    public func send(_ bytes: [UInt8], to path: String) throws(SystemError) {
        try System.sendDatagram(descriptor, bytes, toUnixPath: path)
    }

    /// The next datagram, or nil when none arrives within `timeout`.
    public func receive(timeout: Duration, capacity: Int = 65_536) -> [UInt8]? {
        guard (try? System.setReceiveTimeout(descriptor, timeout)) != nil else { return nil }
        return (try? System.receive(descriptor, capacity: capacity)) ?? nil
    }
}
