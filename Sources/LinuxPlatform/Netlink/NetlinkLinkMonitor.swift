import Glibc
import Netlink

/// Follows link and address changes through rtnetlink multicast groups (`RTMGRP_LINK`,
/// `RTMGRP_IPV4_IFADDR`, `RTMGRP_IPV6_IFADDR`) for keepalived's FAULT rules (section 3.16).
///
/// Link notifications are only a hint: carrier flaps coalesce and some edges never arrive, so for
/// each link mentioned in a batch the monitor asks the kernel for the link's current state and
/// reports that.
public final class NetlinkLinkMonitor: Sendable {
    let socket: NetlinkSocket
    let directory: InterfaceDirectory
    static let receiveBufferBytes: Int32 = 1 << 20

    /// Subscribes to `groups`; `directory` (default: a new one in the calling thread's namespace)
    /// re-reads link state.
    public init(groups: RouteNetlinkGroup = [.link, .ipv4Address, .ipv6Address], directory: InterfaceDirectory? = nil)
        throws(SystemError)
    {
        socket = try NetlinkSocket(protocol: .route, groups: groups.rawValue)
        if let directory { self.directory = directory } else { self.directory = try InterfaceDirectory() }
        try System.setSocketOption(
            socket.fileDescriptor, level: SOL_SOCKET, name: SO_RCVBUF, value: Self.receiveBufferBytes,
            label: "SO_RCVBUF")
    }

    /// The descriptor, for a `PollLoop`.
    public var fileDescriptor: Int32 { socket.fileDescriptor }

    /// Closes the subscription.
    public func close() { socket.close() }

    /// Reads every pending notification without blocking and returns the resulting events:
    /// address events in arrival order, then one `.link` (or `.linkRemoved`) per link mentioned.
    public func drainEvents() -> [LinkMonitorEvent] {
        var events: [LinkMonitorEvent] = []
        var links: [InterfaceIndex] = []
        while true {
            let datagram: [UInt8]?
            do throws(SystemError) { datagram = try socket.receiveDatagram() } catch {
                if error.errno == ENOBUFS { events.append(.overrun) }
                break
            }
            guard let datagram else { break }
            for message in (try? NetlinkMessage.decodeAll(datagram: datagram)) ?? [] {
                collect(message, events: &events, links: &links)
            }
        }
        // Before any link event reaches a reader: what the directory kept of an interface may be stale.
        if !links.isEmpty || events.contains(.overrun) { directory.linkCache.forget() }
        return events + links.map(currentState)
    }

    /// The events as an async stream, read on `loop`'s thread.
    public func events(on loop: PollLoop) -> AsyncStream<LinkMonitorEvent> {
        loop.stream(of: fileDescriptor) { [self] in drainEvents() }
    }

    private func collect(_ message: NetlinkMessage, events: inout [LinkMonitorEvent], links: inout [InterfaceIndex]) {
        switch message.header.type {
        case .newLink, .deleteLink:
            guard let link = try? LinkMessage(message), !links.contains(link.index) else { return }
            links.append(link.index)
        case .newAddress:
            if let address = try? AddressMessage(message) { events.append(.addressAdded(address)) }
        case .deleteAddress:
            if let address = try? AddressMessage(message) { events.append(.addressRemoved(address)) }
        default:
            return
        }
    }

    private func currentState(_ index: InterfaceIndex) -> LinkMonitorEvent {
        do {
            return .link(try directory.link(index: index))
        } catch where error.kernelErrno == ENODEV {
            return .linkRemoved(index)
        } catch {
            return .overrun
        }
    }
}
