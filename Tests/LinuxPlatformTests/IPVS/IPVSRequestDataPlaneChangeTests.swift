import LinuxPlatform
import LoadBalancer
import Netlink
import NetworkPrimitives
import Testing

/// The planner's changes become the requests keepalived sends for the same configuration
/// (NetlinkTests' KeepalivedGoldenTests check those requests byte for byte).
@Suite struct IPVSRequestDataPlaneChangeTests {
    static func address(_ text: String) -> IPAddress { IPAddress(text)! }

    static let web = ServiceKey.endpoint(address: address("10.0.0.1"), port: 80, protocol: .tcp)
    static let webSettings = VirtualService.Settings(
        scheduler: .weightedLeastConnection, persistence: Persistence(timeout: .seconds(300)))
    static let ipvsWeb = IPVSServiceKey.endpoint(protocol: .tcp, address: address("10.0.0.1"), port: 80)

    @Test func keepalivedsBasicConfigurationPlansToKeepalivedsRequests() {
        let marked = ServiceKey.fwmark(7, family: .inet)
        let markedSettings = VirtualService.Settings(scheduler: .sourceHashing, flags: .hashPort)
        let desired = VirtualServerTable([
            VirtualService(
                key: Self.web, settings: Self.webSettings,
                destinations: [
                    Destination(address: Self.address("10.0.1.1"), port: 8080, weight: 3),
                    Destination(
                        address: Self.address("10.0.1.2"), port: 8080, weight: 1, upperThreshold: 100,
                        lowerThreshold: 10),
                ]),
            VirtualService(
                key: marked, settings: markedSettings,
                destinations: [
                    Destination(address: Self.address("10.0.1.3"), port: 0, forwarding: .directRouting, weight: 2)
                ]),
        ])
        var known: [ServiceKey: VirtualService.Settings] = [:]
        let requests = VirtualServerTable.diff(observed: VirtualServerTable(), desired: desired).map { change in
            if case .addService(let key, let settings) = change { known[key] = settings }
            return IPVSRequest(change, parent: known[Self.key(of: change)])
        }
        let web = IPVSService(key: Self.ipvsWeb, scheduler: "wlc", flags: .persistent, timeoutSeconds: 300)
        let webParent = IPVSService(key: Self.ipvsWeb, scheduler: "wlc")
        let mark = IPVSService(key: .firewallMark(7, family: .inet), scheduler: "sh", flags: .scheduler2)
        #expect(
            requests == [
                .newService(web),
                .newDestination(
                    IPVSDestination(address: Self.address("10.0.1.1"), port: 8080, weight: 3), service: webParent),
                .newDestination(
                    IPVSDestination(
                        address: Self.address("10.0.1.2"), port: 8080, weight: 1, upperThreshold: 100,
                        lowerThreshold: 10),
                    service: webParent),
                .newService(mark),
                .newDestination(
                    IPVSDestination(address: Self.address("10.0.1.3"), port: 0, forwarding: .route, weight: 2),
                    service: mark),
            ])
    }

    static func key(of change: DataPlaneChange) -> ServiceKey {
        switch change {
        case .addService(let key, _), .updateService(let key, _), .removeService(let key), .addDestination(let key, _),
            .updateDestination(let key, _), .removeDestination(let key, _):
            key
        }
    }

    @Test func withoutKnownSettingsADestinationNamesItsServiceByKeyAsIpvsadmDoes() {
        let real = Destination(address: Self.address("10.0.1.1"), port: 8080, weight: 2)
        #expect(
            IPVSRequest(.removeDestination(Self.web, real.key), parent: nil)
                == .deleteDestination(
                    IPVSDestination(address: Self.address("10.0.1.1"), port: 8080),
                    service: IPVSService(key: Self.ipvsWeb, scheduler: "")))
        #expect(
            IPVSRequest(.removeService(Self.web), parent: nil)
                == .deleteService(IPVSService(key: Self.ipvsWeb, scheduler: "")))
        #expect(
            IPVSRequest(.removeService(Self.web), parent: Self.webSettings)
                == .deleteService(
                    IPVSService(key: Self.ipvsWeb, scheduler: "wlc", flags: .persistent, timeoutSeconds: 300)))
    }

    @Test func anUpdateCarriesTheWholeServiceIncludingPersistence() {
        let settings = VirtualService.Settings(
            scheduler: .roundRobin, flags: .onePacket,
            persistence: Persistence(timeout: .seconds(120), granularity: 24, engine: "sip"))
        let key = ServiceKey.endpoint(address: Self.address("10.0.0.5"), port: 5060, protocol: .udp)
        #expect(
            IPVSRequest(.updateService(key, settings), parent: nil)
                == .setService(
                    IPVSService(
                        key: .endpoint(protocol: .udp, address: Self.address("10.0.0.5"), port: 5060), scheduler: "rr",
                        persistenceEngine: "sip", flags: [.onePacket, .persistent], timeoutSeconds: 120,
                        netmask: IPVSService.netmask(prefixLength: 24, family: .inet))))
    }

    struct MethodCase: Sendable {
        let method: ForwardingMethod
        let forwarding: IPVSForwardingMethod
        let tunnel: IPVSTunnel
    }

    static let methods: [MethodCase] = [
        MethodCase(method: .nat, forwarding: .masquerade, tunnel: .ipip),
        MethodCase(method: .directRouting, forwarding: .route, tunnel: .ipip),
        MethodCase(method: .tunnel(.init()), forwarding: .tunnel, tunnel: .ipip),
        MethodCase(
            method: .tunnel(.init(encapsulation: .gue(port: 6080), checksum: .remoteChecksum)), forwarding: .tunnel,
            tunnel: IPVSTunnel(kind: .gue, port: 6080, checksum: .remoteChecksum)),
        MethodCase(
            method: .tunnel(.init(encapsulation: .gre, checksum: .checksum)), forwarding: .tunnel,
            tunnel: IPVSTunnel(kind: .gre, checksum: .checksum)),
    ]

    @Test(arguments: methods)
    func forwardingMethodsMapBothWays(_ test: MethodCase) {
        let planned = Destination(address: Self.address("10.0.1.1"), port: 80, forwarding: test.method, weight: 4)
        let kernel = IPVSDestination(planned)
        #expect(kernel.forwarding == test.forwarding)
        #expect(kernel.tunnel == test.tunnel)
        #expect(Destination(kernel) == planned)
    }

    @Test func weightsOutsideTheKernelsRangeAreClamped() {
        #expect(IPVSDestination(Destination(address: Self.address("10.0.1.1"), port: 80, weight: -5)).weight == 0)
        #expect(
            IPVSDestination(Destination(address: Self.address("10.0.1.1"), port: 80, weight: Int(Int32.max) + 9)).weight
                == UInt32(Int32.max))
    }
}
