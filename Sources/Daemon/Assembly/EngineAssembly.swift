import Engine
import KeepalivedConfig
import LinuxPlatform
import NetworkPrimitives
import VRRP

/// Builds the engine's configuration from the parsed keepalived configuration and the host's
/// interfaces: interfaces and source addresses resolved, scripts vetted, sockets planned.
struct EngineAssembly {
    let configuration: KeepalivedConfiguration
    let host: HostSnapshot
    let vetting: ScriptVetting
    var log: [LogRecord] = []
    var errors: [String] = []
    /// The check scripts that survived vetting, by name.
    var checkScripts: [String: CheckScript] = [:]
    /// The sockets planned so far, one per key, in the order instances asked for them.
    var sockets: [VRRPSocketSpecification] = []
    /// An instance whose interface is missing waits for it (`dynamic_interfaces`, or at run time)
    /// instead of being an error.
    let followsMissingInterfaces: Bool

    init(
        configuration: KeepalivedConfiguration, host: HostSnapshot, vetting: ScriptVetting,
        followsMissingInterfaces: Bool = false
    ) {
        self.configuration = configuration
        self.host = host
        self.vetting = vetting
        self.followsMissingInterfaces =
            followsMissingInterfaces || configuration.globalDefinitions.vrrp.dynamicInterfaces
    }

    /// Assembles everything; `errors` in the result mean the configuration cannot run here.
    /// `followsMissingInterfaces`: the daemon is running and follows interfaces that go and come back,
    /// as keepalived does with or without `dynamic_interfaces`. `timeSinceBoot`: the host's uptime,
    /// which `vrrp_delay_after_boot` is measured against (nil: unknown, no such delay).
    static func assemble(
        _ configuration: KeepalivedConfiguration, host: HostSnapshot, vetting: ScriptVetting,
        followsMissingInterfaces: Bool = false, timeSinceBoot: Duration? = nil
    ) -> Assembly {
        var assembly = EngineAssembly(
            configuration: configuration, host: host, vetting: vetting,
            followsMissingInterfaces: followsMissingInterfaces)
        if let warning = vetting.identity.warning, !configuration.scriptUses.isEmpty {
            assembly.log.append(.warning(warning))
        }
        assembly.vetCheckScripts()
        let instances = configuration.vrrpInstances.compactMap { assembly.instance($0) }
        let groups = configuration.vrrpSyncGroups.map { assembly.syncGroup($0) }
        var engine = EngineConfiguration(
            instances: instances, syncGroups: groups, checkScripts: Array(assembly.checkScripts.values))
        engine.writesNotifyFIFO = !NotifyFIFOPlan(configuration.globalDefinitions.fifos).vrrp.isEmpty
        engine.writesStatesOnReload = configuration.globalDefinitions.fifos.writeVRRPStatesOnReload
        engine.syncDaemon = configuration.globalDefinitions.lvs.syncDaemon.map(Self.syncDaemon)
        engine.startupDelay = Self.startupDelay(configuration.globalDefinitions.vrrp, timeSinceBoot: timeSinceBoot)
        engine.garpInterval = configuration.globalDefinitions.vrrp.garpInterval
        engine.gnaInterval = configuration.globalDefinitions.vrrp.gnaInterval
        var result = Assembly(
            engine: engine, sockets: assembly.sockets, linkStates: linkStates(engine, host: host),
            log: assembly.log, errors: assembly.errors)
        let bound = Set(
            (engine.instances.flatMap(\.vrrp.trackers) + engine.syncGroups.flatMap(\.vrrp.trackers))
                .filter { $0.tracker.kind == .file }.map(\.tracker.name))
        result.trackedFiles = assembly.trackFiles.filter { bound.contains($0.key) }
        let statics = configuration.staticAddressing
        let defaultInterface = configuration.globalDefinitions.vrrp.defaultInterface
        result.staticAddresses = statics.addresses.compactMap { line in
            guard let interface = line.device ?? defaultInterface else {
                result.log.append(.warning("static address \(line.prefix) has no 'dev' and there is no default_interface: not installed"))
                return nil
            }
            return Self.virtualAddress(line, defaultInterface: interface)
        }
        let logged = assembly.log.count
        result.staticRoutes = statics.routes.compactMap { assembly.route(of: "static_routes", $0) }
        result.staticRules = statics.rules.compactMap { assembly.rule(of: "static_rules", $0) }
        let promoting = Set(configuration.vrrpInstances.filter(\.promoteSecondaries).map(\.name))
        result.promotedInterfaces = Array(
            Set(instances.filter { promoting.contains($0.vrrp.name) }.compactMap(\.vrrp.interface))
        ).sorted()
        result.log += assembly.log[logged...]
        return result
    }

    /// The longer of `vrrp_startup_delay` and what is left of `vrrp_delay_after_boot` since the host
    /// booted, as keepalived takes it: started long after boot, only `vrrp_startup_delay` applies.
    static func startupDelay(_ vrrp: GlobalVRRPSettings, timeSinceBoot: Duration?) -> Duration {
        guard let timeSinceBoot, vrrp.delayAfterBoot > timeSinceBoot else { return vrrp.startupDelay }
        return max(vrrp.startupDelay, vrrp.delayAfterBoot - timeSinceBoot)
    }

    private mutating func vetCheckScripts() {
        for script in configuration.vrrpScripts {
            let (checkScript, notes) = vetting.checkScript(script)
            log += notes
            if let checkScript { checkScripts[script.name] = checkScript }
        }
    }

    /// Tracker bindings for interfaces and the scripts that survived vetting.
    /// The bindings of `track_interface`, `track_script` and `track_file` lines; a file binding takes
    /// the line's weight (the parser already put the track_file's own weight there when the line has none).
    func trackers(interfaces: [TrackedInterface], scripts: [TrackedScript], files: [TrackedFile]) -> [VRRPTrackerBinding] {
        trackers(interfaces: interfaces, scripts: scripts)
            + files.filter { trackFiles[$0.name] != nil }.map {
                VRRPTrackerBinding(.file($0.name), weight: $0.weight.value, reverse: $0.weight.reverse)
            }
    }

    /// `track_file` name -> path, for the files the configuration defines.
    var trackFiles: [String: String] {
        Dictionary(configuration.trackFiles.map { ($0.name, $0.path) }) { first, _ in first }
    }

    func trackers(interfaces: [TrackedInterface], scripts: [TrackedScript]) -> [VRRPTrackerBinding] {
        interfaces.map { VRRPTrackerBinding(.interface($0.name.rawValue), weight: $0.weight.value, reverse: $0.weight.reverse) }
            + scripts.filter { checkScripts[$0.name] != nil }.map {
                VRRPTrackerBinding(.script($0.name), weight: $0.weight.value, reverse: $0.weight.reverse)
            }
    }

    mutating func notifications(_ scripts: NotifyScripts, owner: String) -> NotificationScripts {
        func vetted(_ command: ScriptCommand?) -> ScriptLine? {
            guard let command else { return nil }
            let (line, notes) = vetting.vet(command, name: "\(owner) notify")
            log += notes
            return line
        }
        return NotificationScripts(
            master: vetted(scripts.master), backup: vetted(scripts.backup), fault: vetted(scripts.fault),
            stop: vetted(scripts.stop), deleted: vetted(scripts.deleted), generic: vetted(scripts.generic),
            masterReceivedLowerPriority: vetted(scripts.masterReceivedLowerPriority),
            notifyDeleted: scripts.reportsDeleted)
    }

    /// Every interface the engine watches is up only if the host says so; a missing one is down.
    private static func linkStates(_ engine: EngineConfiguration, host: HostSnapshot) -> [InterfaceName: Bool] {
        var names = Set(engine.instances.compactMap(\.vrrp.interface))
        names.formUnion(engine.instances.flatMap(\.addresses).map(\.interface))
        let bindings = engine.instances.flatMap(\.vrrp.trackers) + engine.syncGroups.flatMap(\.vrrp.trackers)
        names.formUnion(bindings.filter { $0.tracker.kind == .interface }.map { InterfaceName($0.tracker.name) })
        var states: [InterfaceName: Bool] = [:]
        for name in names { states[name] = host[name]?.isUp ?? false }
        return states
    }

    private mutating func syncGroup(_ group: SyncGroupBlock) -> EngineSyncGroup {
        let vrrp = VRRPSyncGroupConfiguration(
            name: group.name, members: group.members,
            trackers: trackers(
                interfaces: group.trackedInterfaces, scripts: group.trackedScripts, files: group.trackedFiles),
            trackingWeight: group.trackingWeight)
        return EngineSyncGroup(vrrp: vrrp, notify: notifications(group.notify, owner: group.name))
    }
}
