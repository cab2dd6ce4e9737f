import Netlink
import NetworkPrimitives
import Runtime

/// `AddressAnnouncer` over LinuxPlatform: gratuitous ARP for IPv4, unsolicited NA for IPv6, from
/// the interface's own MAC (Docs/Keepalived.md §3.12).
package struct NeighborAnnouncer: AddressAnnouncer {
    /// The interface to announce on has no MAC address.
    package struct NoHardwareAddress: Error, CustomStringConvertible {
        package var interface: InterfaceName
        package var description: String { "interface \(interface) has no hardware address" }
    }

    let directory: InterfaceDirectory
    let arp: GratuitousARPSender
    let neighborAdvertisements: NeighborAdvertisementSender

    /// An announcer looking MACs up in `directory` and sending through `arp` and `neighborAdvertisements`.
    package init(
        directory: InterfaceDirectory, arp: GratuitousARPSender, neighborAdvertisements: NeighborAdvertisementSender
    ) {
        self.directory = directory
        self.arp = arp
        self.neighborAdvertisements = neighborAdvertisements
    }

    package func announce(_ address: IPAddress, on interface: InterfaceName) async throws {
        do {
            try send(address, on: interface)
        } catch where InterfaceLinkCache.isStaleIndexError(error) {
            // The index and MAC may come from the directory's cache: once more, asking the kernel.
            directory.linkCache.forget()
            try send(address, on: interface)
        }
    }

    private func send(_ address: IPAddress, on interface: InterfaceName) throws {
        let link = try directory.cachedLink(named: interface)
        guard let mac = link.hardwareAddress else { throw NoHardwareAddress(interface: interface) }
        switch address {
        case .v4(let v4): try arp.announce(v4, senderMAC: mac, interfaceIndex: link.index)
        case .v6(let v6): try neighborAdvertisements.announce(v6, linkLayerAddress: mac, interfaceIndex: link.index)
        }
    }
}
