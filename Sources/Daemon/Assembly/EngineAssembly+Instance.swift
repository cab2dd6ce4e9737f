import Engine
import KeepalivedConfig
import LinuxPlatform
import NetworkPrimitives
import VRRP

extension EngineAssembly {
    /// One `vrrp_instance`, or nil (with an error) when this host cannot run it.
    mutating func instance(_ instance: VRRPInstance) -> EngineInstance? {
        let name = instance.name
        guard let interface = resolveInterface(instance) else {
            errors.append("(\(name)) no interface: set 'interface', or a unicast_src_ip configured on one")
            return nil
        }
        let hostInterface = host[interface]
        if hostInterface == nil {
            // keepalived 2.2.7 stops on a missing interface unless `dynamic_interfaces` is set; then the
            // instance waits in FAULT (its link is down) and starts when the interface is created. At run
            // time a deleted interface is followed either way.
            guard followsMissingInterfaces else {
                errors.append("(\(name)) interface \(interface) does not exist")
                return nil
            }
            log.append(.info("(\(name)) interface \(interface) does not exist yet - the instance starts when it is created"))
        }
        let source = instance.transport.sourceAddress ?? hostInterface.flatMap { defaultSource(instance.family, $0) }
        if source == nil, hostInterface != nil {
            log.append(.warning("(\(name)) no source address on \(interface) - adverts cannot be sent"))
        }
        let vrrp = protocolConfiguration(instance, interface: interface, source: source)
        if let hostInterface { planSocket(instance, interface: hostInterface, source: source) }
        let addresses = (instance.addresses.virtualIPAddresses + instance.addresses.excludedVirtualIPAddresses).map {
            Self.virtualAddress($0, defaultInterface: interface)
        }
        var engineInstance = EngineInstance(
            vrrp: vrrp, addresses: addresses, notify: notifications(instance.notify, owner: name))
        engineInstance.notifyPriorityChanges = instance.notifyPriorityChanges
        engineInstance.routes = instance.addresses.virtualRoutes.compactMap { route(of: name, $0) }
        engineInstance.rules = instance.addresses.virtualRules.compactMap { rule(of: name, $0) }
        return engineInstance
    }

    private func resolveInterface(_ instance: VRRPInstance) -> InterfaceName? {
        if let interface = instance.interface { return interface }
        if instance.transport.isUnicast, let source = instance.transport.sourceAddress {
            return host.interface(owning: source)?.name
        }
        return configuration.globalDefinitions.vrrp.defaultInterface
    }

    private func defaultSource(_ family: AddressFamily, _ interface: HostSnapshot.Interface) -> IPAddress? {
        switch family {
        case .inet: interface.primaryIPv4.map { .v4($0) }
        case .inet6: interface.linkLocalIPv6.map { .v6($0) }
        }
    }

    private func protocolConfiguration(
        _ instance: VRRPInstance, interface: InterfaceName, source: IPAddress?
    ) -> VRRPInstanceConfiguration {
        let globals = configuration.globalDefinitions.vrrp
        let version: VRRPVersion = instance.version == .v3 || instance.family == .inet6 ? .v3 : .v2
        let group = instance.transport.multicastGroup
            ?? (instance.family == .inet ? .v4(globals.multicastGroup4) : .v6(globals.multicastGroup6))
        return VRRPInstanceConfiguration(
            name: instance.name, virtualRouterID: instance.virtualRouterID, version: version, family: instance.family,
            interface: interface, priority: instance.priority, advertisementInterval: instance.advertInterval,
            initialState: instance.initialState == .master ? .master : .backup, preempt: instance.preempt,
            preemptDelay: instance.preemptDelay,
            virtualAddresses: instance.addresses.virtualIPAddresses.map(\.prefix),
            excludedVirtualAddresses: instance.addresses.excludedVirtualIPAddresses.map(\.prefix),
            untrackedVirtualAddresses: Set(
                (instance.addresses.virtualIPAddresses + instance.addresses.excludedVirtualIPAddresses)
                    .filter { !$0.tracked }.map(\.address)),
            sourceAddress: source,
            unicastPeers: instance.transport.unicastPeers.map(Self.peer), multicastGroup: group,
            authentication: version == .v2 ? Self.authentication(instance.authentication) : .none,
            gratuitousARP: Self.gratuitousARP(instance.garp, minimal: globals.minimalGARP),
            downTimerAdverts: instance.advertisement.downTimerAdverts,
            lowerPriorityNoAdvert: instance.advertisement.lowerPriorityNoAdvert,
            higherPrioritySendAdvert: instance.advertisement.higherPrioritySendAdvert,
            trackers: trackers(
                interfaces: instance.tracking.interfaces, scripts: instance.tracking.scripts,
                files: instance.tracking.files) + Self.sourceTracker(instance),
            tracksPrimaryInterface: instance.tracking.tracksOwnInterface,
            unicastFaultNoPeer: instance.transport.faultWithoutPeers,
            checksumMode: Self.checksumMode(instance), checksUnicastSource: instance.transport.checkUnicastSource,
            skipsAddressCheck: instance.advertisement.skipCheckAdvertAddresses,
            ownerIgnoresAdverts: instance.advertisement.ownerIgnoresAdverts)
    }

    private mutating func planSocket(
        _ instance: VRRPInstance, interface: HostSnapshot.Interface, source: IPAddress?
    ) {
        let group = instance.transport.multicastGroup
            ?? (instance.family == .inet
                ? .v4(configuration.globalDefinitions.vrrp.multicastGroup4)
                : .v6(configuration.globalDefinitions.vrrp.multicastGroup6))
        let specification = VRRPSocketSpecification(
            interface: interface.name, interfaceIndex: interface.index, family: instance.family,
            mode: instance.transport.isUnicast ? .unicast : .multicast(group: group), source: source,
            unicastHopLimit: instance.transport.unicastTTL ?? (instance.family == .inet ? 255 : nil))
        if let existing = sockets.first(where: { $0.key == specification.key }) {
            if existing.source != source {
                log.append(.warning("(\(instance.name)) shares a socket on \(interface.name) whose source is \(existing.source.map { "\($0)" } ?? "unset")"))
            }
            return
        }
        sockets.append(specification)
    }

    /// A `virtual_routes` line as the engine installs it: a unicast route with `via`, `dev`, `src`,
    /// `metric` and a numeric (or `main`) table. A line that needs more is logged and left out.
    mutating func route(of instance: String, _ route: VirtualRoute) -> VirtualRouteEntry? {
        if let option = DaemonSupportAudit.unsupportedOption(route) {
            log.append(
                .warning("(\(instance)) virtual route \(route.destination) not installed: vigil does not support \(option)"))
            return nil
        }
        return VirtualRouteEntry(
            destination: route.destination, gateway: route.gateway, interface: route.device, source: route.source,
            metric: route.metric, table: route.table.flatMap(UInt32.init) ?? 254)
    }

    /// A `virtual_rules` line as the engine installs it (`VirtualRuleTranslation`); a line that
    /// needs more is logged and left out.
    mutating func rule(of owner: String, _ rule: VirtualRule) -> VirtualRuleEntry? {
        switch VirtualRuleTranslation.translate(rule) {
        case .entry(let entry): return entry
        case .unsupported(let option):
            log.append(.warning("(\(owner)) rule at \(rule.location) not installed: vigil does not support \(option)"))
            return nil
        }
    }

    /// `track_src_ip`: FAULT while the configured source address is not on the host; keepalived ignores
    /// it without a configured source.
    static func sourceTracker(_ instance: VRRPInstance) -> [VRRPTrackerBinding] {
        guard instance.tracking.tracksSourceAddress, let source = instance.transport.sourceAddress else { return [] }
        return [VRRPTrackerBinding(.sourceAddress("\(source)"))]
    }

    static func peer(_ peer: UnicastPeer) -> VRRPUnicastPeer {
        let range = peer.minimumTTL == 0 && peer.maximumTTL == 255 ? nil : peer.minimumTTL...peer.maximumTTL
        return VRRPUnicastPeer(address: peer.address, ttlRange: range)
    }

    static func authentication(_ authentication: AuthenticationBlock?) -> VRRPAuthentication {
        guard let authentication else { return .none }
        switch authentication.kind {
        case .pass: return .password(Array(authentication.password.prefix(8)))
        case .ah: return .ipAuthenticationHeader
        }
    }

    static func gratuitousARP(_ settings: GratuitousARPSettings, minimal: Bool) -> GratuitousARPSettings {
        GratuitousARPSettings(
            masterDelay: minimal ? .zero : settings.masterDelay, masterRepeat: minimal ? 1 : settings.masterRepeat,
            masterRefresh: minimal ? .zero : settings.masterRefresh, masterRefreshRepeat: settings.masterRefreshRepeat,
            lowerPriorityDelay: settings.lowerPriorityDelay, lowerPriorityRepeat: settings.lowerPriorityRepeat)
    }

    static func checksumMode(_ instance: VRRPInstance) -> VRRPChecksumContext.Mode {
        if instance.advertisement.v3ChecksumAsV2 { return .v3AsV2 }
        if instance.transport.oldUnicastChecksum == .always { return .oldUnicast }
        return .standard
    }
}
