import Glibc
import LinuxPlatform
import NetworkPrimitives
import Testing

@testable import Probes

/// The socket pool on real loopback sockets: a recycled socket resets its connection and connects
/// again, a full pool closes what it cannot keep, and HTTP sockets hold their handshake's last ACK.
@Suite struct StreamSocketPoolTests {
    static let flavour = StreamSocketPool.Flavour(family: AF_INET, sendsAckWithRequest: false)

    @Test("a recycled socket resets its connection and the same socket connects again")
    func recycleResetsAndReconnects() throws {
        let listener = try LoopbackListener()
        defer { listener.close() }
        var pool = StreamSocketPool(capacity: 4)
        let client = try listener.connectedClient()
        let first = try listener.accept()
        defer { Glibc.close(first) }
        pool.recycle(StreamSocketPool.Socket(fd: client, registered: false), as: Self.flavour)
        #expect(pool.idleCount == 1)
        #expect(LoopbackListener.receiveError(first) == ECONNRESET)
        #expect(pool.take(StreamSocketPool.Flavour(family: AF_INET6, sendsAckWithRequest: false)) == nil)
        let taken = pool.take(Self.flavour)
        let again = try #require(taken)
        #expect(again.fd == client)
        #expect(pool.idleCount == 0)
        try listener.connect(client)
        let second = try listener.accept()
        defer { Glibc.close(second) }
        #expect(Glibc.send(client, "ping", 4, Int32(MSG_NOSIGNAL)) == 4)
        #expect(LoopbackListener.receive(second) == "ping")
        pool.closeAll()
        #expect(pool.idleCount == 0)
    }

    @Test("a full pool closes the socket it cannot keep, still with a reset")
    func fullPoolCloses() throws {
        let listener = try LoopbackListener()
        defer { listener.close() }
        var pool = StreamSocketPool(capacity: 1)
        var accepted: [Int32] = []
        defer { accepted.forEach { Glibc.close($0) } }
        for _ in 0..<2 {
            let client = try listener.connectedClient()
            accepted.append(try listener.accept())
            pool.recycle(StreamSocketPool.Socket(fd: client, registered: false), as: Self.flavour)
        }
        #expect(pool.idleCount == 1)
        #expect(accepted.map(LoopbackListener.receiveError) == [ECONNRESET, ECONNRESET])
        pool.closeAll()
    }

    @Test("an HTTP probe socket sends its handshake's last ACK with the request, so the server accepts it with the request")
    func ackRidesWithRequest() throws {
        let listener = try LoopbackListener()
        defer { listener.close() }
        // The held ACK leaves alone after 200 ms: an attempt slower than 100 ms proves nothing and is repeated.
        var provenHeld = false
        for _ in 0..<5 where !provenHeld {
            let client = try System.socket(domain: AF_INET, type: Int32(SOCK_STREAM.rawValue | SOCK_NONBLOCK.rawValue), protocol: 0)
            defer { Glibc.close(client) }
            try System.sendAckWithFirstData(client)
            let started = System.monotonicNow()
            try listener.connect(client)
            let pending = listener.hasPendingConnection()
            guard System.monotonicNow() - started < .milliseconds(100) else { continue }
            #expect(!pending)
            #expect(Glibc.send(client, "GET", 3, Int32(MSG_NOSIGNAL)) == 3)
            let server = try listener.accept()
            defer { Glibc.close(server) }
            #expect(LoopbackListener.receive(server) == "GET")
            provenHeld = true
        }
        #expect(provenHeld)
    }
}

/// A non-blocking TCP listener on 127.0.0.1 with an ephemeral port, and the blocking helpers the
/// pool tests need around it (every wait is bounded by two seconds).
private struct LoopbackListener {
    let fd: Int32
    var address = sockaddr_in()

    init() throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_NONBLOCK.rawValue), 0)
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(fd, raw, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, raw, &length) == 0
            }
        }
        guard fd >= 0, bound else { throw ListenerError.setup(errno) }
    }

    func close() { Glibc.close(fd) }

    /// Connects `client` (non-blocking) and waits until the handshake is done.
    func connect(_ client: Int32) throws {
        var target = address
        let result = withUnsafePointer(to: &target) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 || errno == EINPROGRESS else { throw ListenerError.setup(errno) }
        guard Self.wait(client, for: Int16(POLLOUT)) else { throw ListenerError.setup(ETIMEDOUT) }
    }

    func connectedClient() throws -> Int32 {
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_NONBLOCK.rawValue), 0)
        try connect(client)
        return client
    }

    func hasPendingConnection() -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) == 1
    }

    func accept() throws -> Int32 {
        guard Self.wait(fd, for: Int16(POLLIN)) else { throw ListenerError.setup(ETIMEDOUT) }
        let accepted = Glibc.accept(fd, nil, nil)
        guard accepted >= 0 else { throw ListenerError.setup(errno) }
        return accepted
    }

    static func wait(_ fd: Int32, for events: Int16) -> Bool {
        var entry = pollfd(fd: fd, events: events, revents: 0)
        return poll(&entry, 1, 2000) == 1
    }

    /// What `recv` fails with once the peer's side is gone (0: it ended cleanly or nothing came).
    static func receiveError(_ fd: Int32) -> Int32 {
        _ = wait(fd, for: Int16(POLLIN))
        var byte: UInt8 = 0
        return recv(fd, &byte, 1, Int32(MSG_DONTWAIT)) < 0 ? errno : 0
    }

    static func receive(_ fd: Int32) -> String {
        _ = wait(fd, for: Int16(POLLIN))
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
        return count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self) : ""
    }
}
