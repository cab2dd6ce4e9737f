import LinuxPlatform
import LoadBalancer
import Netlink
import NetworkPrimitives
import Testing

@Suite struct IPVSSnapshotTests {
    @Test(arguments: PlannedTables.full.sortedServices)
    func everyPlannedServiceSurvivesTheKernelsHashedFlagAndReadsBackEqual(_ service: VirtualService) {
        var kernel = IPVSService(service.key, service.settings)
        kernel.flags.insert(.hashed)
        let snapshot = IPVSSnapshot(entries: [
            .init(service: kernel, destinations: service.sortedDestinations.map(IPVSDestination.init))
        ])
        #expect(snapshot.virtualServerTable == VirtualServerTable([service]))
        #expect(snapshot.unrepresented == [])
    }

    @Test func aWholeAddressGranularityReadsAsTheDefault() {
        let key = IPVSServiceKey.endpoint(protocol: .tcp, address: IPAddress("10.0.0.1")!, port: 80)
        let kernel = IPVSService(key: key, scheduler: "rr", flags: [.persistent, .hashed], timeoutSeconds: 360)
        #expect(VirtualService.Settings(kernel)?.persistence == Persistence(timeout: .seconds(360)))
    }

    @Test func entriesThePlannerCannotExpressAreLeftOutAndListed() {
        let key = IPVSServiceKey.endpoint(protocol: .tcp, address: IPAddress("10.0.0.1")!, port: 80)
        let local = IPVSDestination(address: IPAddress("10.0.0.1")!, port: 80, forwarding: .local)
        let normal = IPVSDestination(address: IPAddress("10.0.1.1")!, port: 80)
        let snapshot = IPVSSnapshot(entries: [
            .init(service: IPVSService(key: key, scheduler: "rr"), destinations: [local, normal]),
            .init(service: IPVSService(key: .firewallMark(3, family: .inet), scheduler: "brand-new"), destinations: []),
        ])
        let web = ServiceKey.endpoint(address: IPAddress("10.0.0.1")!, port: 80, protocol: .tcp)
        #expect(
            snapshot.virtualServerTable
                == VirtualServerTable([
                    VirtualService(
                        key: web, settings: .init(scheduler: .roundRobin), destinations: [Destination(normal)!])
                ]))
        #expect(snapshot.unrepresented == ["TCP 10.0.0.1:80 -> 10.0.0.1", "FWM 3"])
    }
}
