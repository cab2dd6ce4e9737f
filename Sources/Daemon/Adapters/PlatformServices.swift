import LinuxPlatform

/// The kernel-facing objects one daemon run uses, opened together and closed together.
struct PlatformServices: Sendable {
    let loop: PollLoop
    let directory: InterfaceDirectory
    let addresses: NetlinkAddressTable
    let monitor: NetlinkLinkMonitor
    let arp: GratuitousARPSender
    let neighborAdvertisements: NeighborAdvertisementSender

    static func open() throws(SystemError) -> PlatformServices {
        let directory = try InterfaceDirectory()
        return PlatformServices(
            loop: try PollLoop(name: "vigil-poll"), directory: directory, addresses: try NetlinkAddressTable(),
            monitor: try NetlinkLinkMonitor(directory: directory), arp: try GratuitousARPSender(),
            neighborAdvertisements: try NeighborAdvertisementSender())
    }

    func close() {
        monitor.close()
        arp.close()
        neighborAdvertisements.close()
        loop.shutdown()
    }
}
