import Netlink
import NetworkPrimitives

/// What the assembly needs to know about the host's interfaces, read once at start and at reload.
public struct HostSnapshot: Hashable, Sendable {
    /// One interface as rtnetlink reports it.
    public struct Interface: Hashable, Sendable {
        /// The interface's name.
        public var name: InterfaceName
        /// Its kernel index.
        public var index: InterfaceIndex
        /// Its MAC address, if it has one.
        public var hardwareAddress: MACAddress?
        /// IFF_UP and IFF_RUNNING (Docs/Keepalived.md §3.16).
        public var isUp: Bool
        /// The first IPv4 address that is not one of ours: the default advert source.
        public var primaryIPv4: IPv4Address?
        /// The link-local IPv6 address: the default IPv6 advert source.
        public var linkLocalIPv6: IPv6Address?

        /// An interface; up, with no addresses and no MAC unless told.
        public init(
            name: InterfaceName, index: InterfaceIndex, hardwareAddress: MACAddress? = nil, isUp: Bool = true,
            primaryIPv4: IPv4Address? = nil, linkLocalIPv6: IPv6Address? = nil
        ) {
            self.name = name
            self.index = index
            self.hardwareAddress = hardwareAddress
            self.isUp = isUp
            self.primaryIPv4 = primaryIPv4
            self.linkLocalIPv6 = linkLocalIPv6
        }
    }

    /// Every interface, by name.
    public var interfaces: [InterfaceName: Interface]

    /// A snapshot of `interfaces`; a later interface of the same name replaces an earlier one.
    public init(interfaces: [Interface]) {
        var byName: [InterfaceName: Interface] = [:]
        for interface in interfaces { byName[interface.name] = interface }
        self.interfaces = byName
    }

    /// The interface called `name`, if the host has it.
    public subscript(name: InterfaceName) -> Interface? { interfaces[name] }

    /// The interface that carries `address` as its primary IPv4 or link-local IPv6 address.
    public func interface(owning address: IPAddress) -> Interface? {
        interfaces.values.sorted { $0.name < $1.name }.first { interface in
            switch address {
            case .v4(let v4): interface.primaryIPv4 == v4
            case .v6(let v6): interface.linkLocalIPv6 == v6
            }
        }
    }
}
