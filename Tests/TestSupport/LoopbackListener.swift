import Glibc

/// A non-blocking TCP listener on 127.0.0.1 with an ephemeral port that accepts only when asked:
/// until then the kernel completes handshakes into its backlog of 128, so TCP_CHECK succeeds until
/// `close()`, after which connections are refused. With the blocking helpers tests need around it
/// (every wait is bounded by two seconds).
public struct LoopbackListener: Sendable {
    /// Why a listener or one of its helpers failed: the errno.
    public struct Failure: Error {
        public var errno: Int32
    }

    public let fd: Int32
    var address = sockaddr_in()
    public var port: Int { Int(UInt16(bigEndian: address.sin_port)) }

    public init() throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_NONBLOCK.rawValue | SOCK_CLOEXEC.rawValue), 0)
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(fd, raw, length) == 0 && listen(fd, 128) == 0 && getsockname(fd, raw, &length) == 0
            }
        }
        guard fd >= 0, bound else { throw Failure(errno: errno) }
    }

    public func close() { Glibc.close(fd) }

    /// Connects `client` (non-blocking) and waits until the handshake is done.
    public func connect(_ client: Int32) throws {
        var target = address
        let result = withUnsafePointer(to: &target) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 || errno == EINPROGRESS else { throw Failure(errno: errno) }
        guard Self.wait(client, for: Int16(POLLOUT)) else { throw Failure(errno: ETIMEDOUT) }
    }

    public func connectedClient() throws -> Int32 {
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_NONBLOCK.rawValue), 0)
        try connect(client)
        return client
    }

    public func hasPendingConnection() -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) == 1
    }

    public func accept() throws -> Int32 {
        try acceptWithPeer().fd
    }

    /// Accepts one connection and says where it came from. Unlike `getpeername`, `accept` reports
    /// the peer even when the connection was already reset (a TCP_CHECK resets at once).
    public func acceptWithPeer() throws -> (fd: Int32, address: String, port: Int) {
        guard Self.wait(fd, for: Int16(POLLIN)) else { throw Failure(errno: ETIMEDOUT) }
        var peer = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let accepted = withUnsafeMutablePointer(to: &peer) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.accept(fd, $0, &length) }
        }
        guard accepted >= 0 else { throw Failure(errno: errno) }
        return (accepted, String(cString: inet_ntoa(peer.sin_addr)), Int(UInt16(bigEndian: peer.sin_port)))
    }

    public static func wait(_ fd: Int32, for events: Int16) -> Bool {
        var entry = pollfd(fd: fd, events: events, revents: 0)
        return poll(&entry, 1, 2000) == 1
    }

    /// What `recv` fails with once the peer's side is gone (0: it ended cleanly or nothing came).
    public static func receiveError(_ fd: Int32) -> Int32 {
        _ = wait(fd, for: Int16(POLLIN))
        var byte: UInt8 = 0
        return recv(fd, &byte, 1, Int32(MSG_DONTWAIT)) < 0 ? errno : 0
    }

    public static func receive(_ fd: Int32) -> String {
        _ = wait(fd, for: Int16(POLLIN))
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
        return count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self) : ""
    }
}
