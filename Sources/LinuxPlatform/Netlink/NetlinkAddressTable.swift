import Glibc
import Netlink
import NetworkPrimitives

/// Adds, removes and lists interface addresses over rtnetlink (`RTM_NEWADDR`, `RTM_DELADDR`,
/// `RTM_GETADDR`); the VIP side of Docs/Keepalived.md §3.13.
public final class NetlinkAddressTable: Sendable {
    let socket: NetlinkSocket

    /// Uses `socket` (a `NETLINK_ROUTE` socket), or opens one in the calling thread's namespace.
    public init(socket: NetlinkSocket? = nil) throws(SystemError) {
        if let socket { self.socket = socket } else { self.socket = try NetlinkSocket(protocol: .route) }
    }

    /// Adds an address (see `AddressMessage.virtualAddress` for a VIP). An address that is already
    /// there reports `.alreadyInState`, as keepalived tolerates it.
    @discardableResult
    public func add(_ address: AddressMessage) throws(NetlinkRequestError) -> AddressChangeOutcome {
        do {
            _ = try socket.request { RouteNetlinkRequest.addAddress(address, sequence: $0) }
            return .applied
        } catch where error.kernelErrno == EEXIST {
            return .alreadyInState
        }
    }

    /// Removes an address (matched on address, prefix length and interface).
    @discardableResult
    public func remove(_ address: AddressMessage) throws(NetlinkRequestError) -> AddressChangeOutcome {
        do {
            _ = try socket.request { RouteNetlinkRequest.deleteAddress(address, sequence: $0) }
            return .applied
        } catch where error.kernelErrno == EADDRNOTAVAIL {
            return .alreadyInState
        }
    }

    /// Every address of `family` (both when nil), optionally only those on one interface, in the
    /// kernel's order (for IPv4: primary addresses first, in the order they were added).
    public func addresses(family: AddressFamily? = nil, interfaceIndex: InterfaceIndex? = nil)
        throws(NetlinkRequestError) -> [AddressMessage]
    {
        let messages = try socket.request { RouteNetlinkRequest.dumpAddresses(family: family, sequence: $0) }
        var result: [AddressMessage] = []
        for message in messages where message.header.type == .newAddress {
            let decoded: AddressMessage
            do throws(NetlinkDecodingError) { decoded = try AddressMessage(message) } catch {
                throw .malformedReply(error)
            }
            if let interfaceIndex, decoded.interfaceIndex != interfaceIndex { continue }
            result.append(decoded)
        }
        return result
    }

    /// The interface's primary IPv4 address: the first that is not `IFA_F_SECONDARY`, skipping
    /// `excluding` (our own VIPs). keepalived's default VRRP source (section 3.2).
    public func primaryIPv4Address(interfaceIndex: InterfaceIndex, excluding: Set<IPAddress> = [])
        throws(NetlinkRequestError) -> IPv4Address?
    {
        for entry in try addresses(family: .inet, interfaceIndex: interfaceIndex)
        where !entry.flags.contains(.secondary) {
            guard case .v4(let address)? = entry.interfaceAddress, !excluding.contains(.v4(address)) else { continue }
            return address
        }
        return nil
    }

    /// The interface's usable IPv6 link-local address (not tentative, not DAD-failed): keepalived's
    /// default VRRPv3 source (section 3.2).
    public func linkLocalIPv6Address(interfaceIndex: InterfaceIndex) throws(NetlinkRequestError) -> IPv6Address? {
        for entry in try addresses(family: .inet6, interfaceIndex: interfaceIndex)
        where entry.flags.isDisjoint(with: [.tentative, .dadFailed]) {
            if case .v6(let address)? = entry.interfaceAddress, address.isLinkLocal { return address }
        }
        return nil
    }
}
