import CNetShim
import Glibc
import Netlink
import NetworkPrimitives
import Synchronization

/// A raw IP socket for VRRP (IP protocol 112) on one interface and family, sending and receiving
/// VRRP messages as bytes with the envelope of RFC 5798 section 5.1 and Docs/Keepalived.md
/// section 3.2: TTL / hop limit 255, TOS / traffic class 0xC0, multicast loop off, IPv6 checksum
/// computed and verified by the kernel (`IPV6_CHECKSUM` 6). Non-blocking; read it from the `VRRPReactor` (or a `PollLoop`).
///
/// A steady advert path allocates nothing here: `send` reads the payload in place beside a control
/// message laid out once at open, and `receive` reads into buffers the socket owns and hands the
/// payload out in a `ReceivedPayloadRing` slot.
public final class RawVRRPSocket: Sendable {
    /// IANA protocol number of VRRP.
    public static let ipProtocol: Int32 = 112
    static let receiveCapacity = 4096
    static let controlCapacity = 256

    public let configuration: RawVRRPSocketConfiguration
    let handle: SocketHandle
    private let discarded = Atomic<Int>(0)
    /// `IP_PKTINFO` / `IPV6_PKTINFO` for every send (empty when none): it depends only on the configuration.
    private let sourceControl: [UInt8]
    /// The receive buffers, reused by every `receive`. The socket is read from one thread (the VRRP
    /// reactor's, or a `PollLoop`'s), so this lock is only ever taken by that thread: uncontended,
    /// it is what makes the reuse safe in Swift 6 terms, not a point of contention.
    private let receiveBuffers = Mutex(ReceiveBuffers())

    /// Raw memory for one datagram and its ancillary data (8-byte aligned for `struct cmsghdr`),
    /// and the ring the payloads are handed out in.
    private struct ReceiveBuffers {
        let datagram = UnsafeMutableRawBufferPointer.allocate(byteCount: receiveCapacity, alignment: 8)
        let control = UnsafeMutableRawBufferPointer.allocate(byteCount: controlCapacity, alignment: 8)
        var payloads = ReceivedPayloadRing()
    }

    /// Opens the socket, applies the envelope options, joins the group (multicast) or binds to the
    /// source address (unicast), and restricts it to the interface.
    public init(_ configuration: RawVRRPSocketConfiguration) throws(SystemError) {
        self.configuration = configuration
        sourceControl = Self.sourceControl(configuration)
        let domain = configuration.family == .inet ? AF_INET : AF_INET6
        handle = try SocketHandle(domain: domain, type: Int32(SOCK_RAW.rawValue), protocol: Self.ipProtocol)
        let fd = handle.descriptor
        var index = configuration.interfaceIndex.rawValue
        try System.setSocketOption(
            fd, level: SOL_SOCKET, name: SO_BINDTOIFINDEX, bytes: &index, label: "SO_BINDTOIFINDEX")
        switch configuration.family {
        case .inet: try RawVRRPSocketSetup.configureIPv4(fd, configuration)
        case .inet6: try RawVRRPSocketSetup.configureIPv6(fd, configuration)
        }
    }

    deinit {
        receiveBuffers.withLock { buffers in
            buffers.datagram.deallocate()
            buffers.control.deallocate()
        }
    }

    /// The descriptor, for the `VRRPReactor` (or a `PollLoop`) to watch.
    public var fileDescriptor: Int32 { handle.descriptor }

    /// Datagrams dropped by `receive()`: wrong interface, malformed IP header, missing ancillary
    /// data, or truncated.
    public var discardedDatagramCount: Int { discarded.load(ordering: .relaxed) }

    /// Closes the socket (leaving the multicast group).
    public func close() { handle.close() }

    /// Sends one VRRP message to `destination` (the group, or a unicast peer).
    public func send(_ payload: [UInt8], to destination: IPAddress) throws(SystemError) {
        switch destination {
        case .v4(let address):
            var target = SocketAddress.v4(address)
            _ = try System.sendDatagram(handle.descriptor, payload, to: &target, control: sourceControl)
        case .v6(let address):
            let scoped = address.isMulticast || address.isLinkLocal
            var target = SocketAddress.v6(address, scope: scoped ? configuration.interfaceIndex : .any)
            _ = try System.sendDatagram(handle.descriptor, payload, to: &target, control: sourceControl)
        }
    }

    /// Sends one VRRP message to the configured multicast group; `EDESTADDRREQ` in unicast mode.
    public func sendToGroup(_ payload: [UInt8]) throws(SystemError) {
        guard case .multicast(let group) = configuration.mode else {
            throw SystemError(call: "sendmsg(no multicast group in unicast mode)", errno: EDESTADDRREQ)
        }
        try send(payload, to: group)
    }

    /// Reads the next datagram that passes the envelope checks; nil when nothing is pending.
    public func receive() throws(SystemError) -> ReceivedVRRPDatagram? {
        while true {
            guard let message = try receiveRaw() else { return nil }
            if let datagram = message, datagram.interfaceIndex == configuration.interfaceIndex {
                return datagram
            }
            discarded.add(1, ordering: .relaxed)
        }
    }

    // Returns nil when nothing is pending, .some(nil) for a datagram that must be discarded. The
    // datagram is parsed in place in the socket's buffers; only its payload leaves them, in a ring slot.
    private func receiveRaw() throws(SystemError) -> ReceivedVRRPDatagram?? {
        let fd = handle.descriptor
        let family = configuration.family
        return try receiveBuffers.withLock { buffers throws(SystemError) -> ReceivedVRRPDatagram?? in
            switch family {
            case .inet:
                var sender = sockaddr_in()
                guard let read = try Self.read(fd, buffers, from: &sender) else { return nil }
                guard let (bytes, control) = read else { return .some(nil) }
                return .some(ReceivedDatagramParser.ipv4(bytes, control: control) { buffers.payloads.fill(with: $0) })
            case .inet6:
                var sender = sockaddr_in6()
                guard let read = try Self.read(fd, buffers, from: &sender) else { return nil }
                guard let (bytes, control) = read else { return .some(nil) }
                let source = SocketAddress.ipv6(sender.sin6_addr)
                return .some(
                    ReceivedDatagramParser.ipv6(bytes, control: control, source: source) {
                        buffers.payloads.fill(with: $0)
                    })
            }
        }
    }

    // One recvmsg into the buffers: nil when nothing is pending, .some(nil) when the datagram or its
    // ancillary data was truncated, else views of what was read (valid until the next read).
    private static func read<A>(_ fd: Int32, _ buffers: ReceiveBuffers, from sender: inout A) throws(SystemError)
        -> (bytes: UnsafeRawBufferPointer, control: UnsafeRawBufferPointer)??
    {
        guard
            let lengths = try System.receiveDatagram(
                fd, into: buffers.datagram, control: buffers.control, from: &sender)
        else { return nil }
        guard !lengths.truncated else { return .some(nil) }
        return (
            UnsafeRawBufferPointer(rebasing: buffers.datagram[..<lengths.count]),
            UnsafeRawBufferPointer(rebasing: buffers.control[..<lengths.controlCount])
        )
    }

    // IP_PKTINFO / IPV6_PKTINFO choosing the source address, when one is configured and the
    // socket is not already bound to it; laid out once, when the socket opens.
    private static func sourceControl(_ configuration: RawVRRPSocketConfiguration) -> [UInt8] {
        guard let source = configuration.sourceAddress else { return [] }
        switch source {
        case .v4(let address):
            if configuration.mode == .unicast { return [] }
            var w = ByteWriter(capacity: 12)
            w.writeLE(UInt32(bitPattern: configuration.interfaceIndex.rawValue))
            w.write(contentsOf: address.bytes)
            w.write(zeros: 4)
            return ControlMessage(level: Int32(IPPROTO_IP), type: IP_PKTINFO, data: w.bytes).encoded
        case .v6(let address):
            var w = ByteWriter(capacity: 20)
            w.write(contentsOf: address.bytes)
            w.writeLE(UInt32(bitPattern: configuration.interfaceIndex.rawValue))
            return ControlMessage(level: Int32(IPPROTO_IPV6), type: IPV6_PKTINFO, data: w.bytes).encoded
        }
    }
}
