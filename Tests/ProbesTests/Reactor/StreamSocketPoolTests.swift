import Glibc
import LinuxPlatform
import NetworkPrimitives
import TestSupport
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
