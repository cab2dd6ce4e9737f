import Glibc
import Netlink
import NetworkPrimitives

/// Looks interfaces up over rtnetlink: name and index, hardware address, flags, MTU. Works in
/// whatever network namespace its socket was opened in, unlike `if_nametoindex`.
public final class InterfaceDirectory: Sendable {
    let socket: NetlinkSocket
    /// Index and MAC by name while a link monitor follows changes (`cachedLink(named:)`).
    public let linkCache = InterfaceLinkCache()

    /// Uses `socket` (a `NETLINK_ROUTE` socket), or opens one in the calling thread's namespace.
    public init(socket: NetlinkSocket? = nil) throws(SystemError) {
        if let socket { self.socket = socket } else { self.socket = try NetlinkSocket(protocol: .route) }
    }

    /// The interface called `name`; `ENODEV` (as `.kernel`) when there is none.
    public func link(named name: InterfaceName) throws(NetlinkRequestError) -> LinkMessage {
        try single(try socket.request { RouteNetlinkRequest.getLink(name: name, sequence: $0) })
    }

    /// The interface with `index`; `ENODEV` (as `.kernel`) when there is none.
    public func link(index: InterfaceIndex) throws(NetlinkRequestError) -> LinkMessage {
        try single(try socket.request { RouteNetlinkRequest.getLink(index: index, sequence: $0) })
    }

    /// Every interface.
    public func links() throws(NetlinkRequestError) -> [LinkMessage] {
        var result: [LinkMessage] = []
        for message in try socket.request({ RouteNetlinkRequest.dumpLinks(sequence: $0) })
        where message.header.type == .newLink {
            result.append(try Self.decode(message))
        }
        return result
    }

    /// The index and MAC of the interface called `name`, from `linkCache` when a monitor follows the
    /// links, else from the kernel (what `link(named:)` gives).
    public func cachedLink(named name: InterfaceName) throws(NetlinkRequestError) -> InterfaceLinkCache.Entry {
        try linkCache.entry(named: name) { () throws(NetlinkRequestError) in
            let link = try link(named: name)
            return InterfaceLinkCache.Entry(index: link.index, hardwareAddress: link.hardwareAddress)
        }
    }

    /// The index of the interface called `name`.
    public func index(of name: InterfaceName) throws(NetlinkRequestError) -> InterfaceIndex {
        try link(named: name).index
    }

    /// The name of the interface with `index`.
    public func name(of index: InterfaceIndex) throws(NetlinkRequestError) -> InterfaceName {
        InterfaceName(try link(index: index).name ?? "")
    }

    private func single(_ messages: [NetlinkMessage]) throws(NetlinkRequestError) -> LinkMessage {
        guard let message = messages.first(where: { $0.header.type == .newLink }) else {
            throw .kernel(errno: ENODEV, message: nil)
        }
        return try Self.decode(message)
    }

    private static func decode(_ message: NetlinkMessage) throws(NetlinkRequestError) -> LinkMessage {
        do throws(NetlinkDecodingError) { return try LinkMessage(message) } catch { throw .malformedReply(error) }
    }
}
