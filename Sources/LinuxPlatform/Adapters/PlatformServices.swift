/// The kernel-facing objects one daemon run uses, opened together and closed together.
package struct PlatformServices: Sendable {
    package let loop: PollLoop
    package let directory: InterfaceDirectory
    package let addresses: NetlinkAddressTable
    package let monitor: NetlinkLinkMonitor
    package let arp: GratuitousARPSender
    package let neighborAdvertisements: NeighborAdvertisementSender

    /// Opens the poll loop, the netlink sockets and the neighbour announcement sockets.
    package static func open() throws(SystemError) -> PlatformServices {
        let directory = try InterfaceDirectory()
        return PlatformServices(
            loop: try PollLoop(name: "vigil-poll"), directory: directory, addresses: try NetlinkAddressTable(),
            monitor: try NetlinkLinkMonitor(directory: directory), arp: try GratuitousARPSender(),
            neighborAdvertisements: try NeighborAdvertisementSender())
    }

    /// Closes everything `open` opened.
    package func close() {
        monitor.close()
        arp.close()
        neighborAdvertisements.close()
        loop.shutdown()
    }
}
