import CNetShim
import Glibc
import Netlink
import Synchronization

/// An `AF_NETLINK` socket: request/response with the kernel (one request at a time, matched by
/// sequence number) or, when bound to multicast groups, a source of notifications.
public final class NetlinkSocket: Sendable {
    public let netlinkProtocol: NetlinkProtocol
    /// The port id the kernel assigned on bind.
    public let portID: UInt32
    let handle: SocketHandle
    private let sequence = Mutex<UInt32>(0)
    private let requestLock = Mutex<Void>(())
    static let receiveBufferSize = 65_536

    /// Opens and binds a netlink socket; `groups` is the `nl_groups` bit mask to subscribe to.
    /// Extended acks and capped acks are enabled so errors carry the kernel's reason.
    public init(protocol netlinkProtocol: NetlinkProtocol, groups: UInt32 = 0) throws(SystemError) {
        self.netlinkProtocol = netlinkProtocol
        handle = try SocketHandle(
            domain: AF_NETLINK, type: Int32(SOCK_RAW.rawValue), protocol: netlinkProtocol.rawValue)
        var address = sockaddr_nl()
        address.nl_family = sa_family_t(AF_NETLINK)
        address.nl_groups = groups
        try System.bind(handle.descriptor, address: &address)
        try System.socketName(handle.descriptor, into: &address)
        portID = address.nl_pid
        try System.setSocketOption(
            handle.descriptor, level: SOL_NETLINK, name: NETLINK_EXT_ACK, value: 1, label: "NETLINK_EXT_ACK")
        try System.setSocketOption(
            handle.descriptor, level: SOL_NETLINK, name: NETLINK_CAP_ACK, value: 1, label: "NETLINK_CAP_ACK")
    }

    /// The descriptor, for a `PollLoop` (the socket is non-blocking).
    public var fileDescriptor: Int32 { handle.descriptor }

    /// A fresh sequence number for a request.
    public func nextSequence() -> UInt32 {
        sequence.withLock { value in
            value &+= 1
            return value
        }
    }

    /// Sends one message (or several concatenated) to the kernel.
    public func send(_ bytes: [UInt8]) throws(SystemError) {
        var kernel = sockaddr_nl()
        kernel.nl_family = sa_family_t(AF_NETLINK)
        _ = try System.sendTo(handle.descriptor, bytes, address: &kernel)
    }

    /// Reads one datagram; nil when nothing is pending. `ENOBUFS` means notifications were lost.
    public func receiveDatagram() throws(SystemError) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: Self.receiveBufferSize)
        let descriptor = handle.descriptor
        let result = buffer.withUnsafeMutableBytes { raw in
            var iov = iovec(iov_base: raw.baseAddress, iov_len: raw.count)
            return withUnsafeMutablePointer(to: &iov) { iovPointer in
                var message = msghdr()
                message.msg_iov = iovPointer
                message.msg_iovlen = 1
                return Result { () throws(SystemError) in try System.receiveMessage(descriptor, &message) }
            }
        }
        guard let received = try result.get() else { return nil }
        return Array(buffer.prefix(received))
    }

    /// Closes the socket.
    public func close() { handle.close() }

    /// Sends the request built for a fresh sequence number and collects the data messages that
    /// answer it until the acknowledgement, `NLMSG_DONE` or an error. Blocks the calling thread
    /// for at most `timeout` (netlink answers in microseconds; the deadline guards against a lost
    /// reply). Requests on one socket are serialised.
    public func request(timeout: Duration = .seconds(5), _ build: (UInt32) -> [UInt8])
        throws(NetlinkRequestError) -> [NetlinkMessage]
    {
        try requestLock.withLock { _ throws(NetlinkRequestError) in
            let sequenceNumber = nextSequence()
            do throws(SystemError) { try send(build(sequenceNumber)) } catch { throw .system(error) }
            return try collectReplies(sequence: sequenceNumber, deadline: ContinuousClock.now + timeout)
        }
    }

    private func collectReplies(sequence: UInt32, deadline: ContinuousClock.Instant)
        throws(NetlinkRequestError) -> [NetlinkMessage]
    {
        var collected: [NetlinkMessage] = []
        while true {
            let datagram = try nextDatagram(deadline: deadline)
            let messages: [NetlinkMessage]
            do throws(NetlinkDecodingError) {
                messages = try NetlinkMessage.decodeAll(datagram: datagram)
            } catch {
                throw .malformedReply(error)
            }
            for message in messages where message.header.sequence == sequence {
                switch try Self.classify(message) {
                case .message(let data): collected.append(data)
                case .acknowledgement, .done: return collected
                case .failure(let failure): throw .kernel(errno: failure.errorNumber, message: failure.message)
                }
            }
        }
    }

    private static func classify(_ message: NetlinkMessage) throws(NetlinkRequestError) -> NetlinkReply {
        do throws(NetlinkDecodingError) { return try NetlinkReply(message) } catch { throw .malformedReply(error) }
    }

    private func nextDatagram(deadline: ContinuousClock.Instant) throws(NetlinkRequestError) -> [UInt8] {
        while true {
            do throws(SystemError) {
                if let datagram = try receiveDatagram() { return datagram }
            } catch {
                throw .system(error)
            }
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { throw .timedOut }
            var fds = [pollfd(fd: handle.descriptor, events: Int16(POLLIN), revents: 0)]
            do throws(SystemError) {
                _ = try System.poll(&fds, timeoutMilliseconds: Int32(clamping: remaining.milliseconds + 1))
            } catch {
                throw .system(error)
            }
        }
    }
}
