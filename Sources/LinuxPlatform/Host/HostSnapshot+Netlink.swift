import Netlink
import NetworkPrimitives

extension HostSnapshot {
    /// Reads every interface, leaving out `excluding` (our own VIPs) when picking primary addresses.
    public static func read(
        directory: InterfaceDirectory, addresses: NetlinkAddressTable, excluding: Set<IPAddress>
    ) throws(NetlinkRequestError) -> HostSnapshot {
        var interfaces: [Interface] = []
        for link in try directory.links() {
            guard let name = link.name else { continue }
            let primary = try addresses.primaryIPv4Address(interfaceIndex: link.index, excluding: excluding)
            let linkLocal = try addresses.linkLocalIPv6Address(interfaceIndex: link.index)
            interfaces.append(
                Interface(
                    name: InterfaceName(name), index: link.index, hardwareAddress: link.hardwareAddress,
                    isUp: link.isUpAndRunning, primaryIPv4: primary, linkLocalIPv6: linkLocal))
        }
        return HostSnapshot(interfaces: interfaces)
    }
}
