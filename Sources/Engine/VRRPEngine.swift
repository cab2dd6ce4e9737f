import NetworkPrimitives
import VRRP

/// All VRRP instances, sync groups and tracked scripts of one node, pure: events in, effects out
/// (Docs/Modules/Engine.md). Wraps `VRRPRouter` and turns its tagged actions into effects the
/// runtime carries out, with keepalived's log lines.
public struct VRRPEngine: EventProcessor {
    public internal(set) var configuration: EngineConfiguration
    public internal(set) var router: VRRPRouter
    var checks: CheckScriptScheduler
    public internal(set) var statistics = EngineStatistics()
    /// Link states known at start, fed to the trackers before the instances start.
    let initialLinkStates: [InterfaceName: Bool]
    /// `track_file` values read at start, fed to the trackers before the instances start.
    let initialFileValues: [String: Int]
    /// `track_src_ip`: whether each tracked source address is on the host at start.
    let initialSourceAddresses: [IPAddress: Bool]
    var instanceIndex: [String: Int]
    var groupIndex: [String: Int]
    var isStopping = false
    /// How masters hand over on `.shutdownRequested`: RFC 5798's break before make unless told otherwise;
    /// the daemon asks for make before break, except with `-V`, where there is no release to wait for
    /// (Docs/Handover.md).
    public var stopHandover: VRRPHandover = .priorityZero
    /// The IPVS sync daemons this engine has started (`lvs_sync_daemon`).
    var syncDaemonRoles: [SyncDaemonRole] = []
    /// `vrrp_garp_interval`/`vrrp_gna_interval` pacing of announcements per interface.
    var pacer: AnnouncementPacer
    /// Each instance's last encoded adverts, sent again while nothing they depend on changed.
    var encodedAdverts = EncodedAdverts()
    /// Instances that have logged a discarded lower-priority advert since their last state change: a
    /// BACKUP hears the lower master once per interval until its timer runs out, and at hundreds of
    /// instances one line per advert (keepalived's) is thousands of writes a second on the VRRP thread.
    /// The first of a run is logged; the rest are counted (`lowerPriorityDiscarded`).
    var lowerPriorityLogged: Set<String> = []
    /// The router's actions of one step, emptied after it with its storage kept (`routerStep`).
    var routerActions: [VRRPRouter.Action] = []

    /// An engine for `configuration`; `linkStates` are the interfaces' states at start.
    public init(configuration: EngineConfiguration, linkStates: [InterfaceName: Bool] = [:]) {
        self.init(configuration: configuration, linkStates: linkStates, fileValues: [:])
    }

    /// An engine for `configuration`; `linkStates` are the interfaces' states at start, `fileValues`
    /// the values of the tracked files at start, by `track_file` name, `sourceAddresses` whether each
    /// source address an instance tracks (`track_src_ip`) is on the host.
    public init(
        configuration: EngineConfiguration, linkStates: [InterfaceName: Bool], fileValues: [String: Int],
        sourceAddresses: [IPAddress: Bool] = [:]
    ) {
        self.configuration = configuration
        router = configuration.router
        checks = CheckScriptScheduler(scripts: configuration.trackedCheckScripts)
        initialLinkStates = linkStates
        initialFileValues = fileValues
        initialSourceAddresses = sourceAddresses
        pacer = AnnouncementPacer(garpInterval: configuration.garpInterval, gnaInterval: configuration.gnaInterval)
        instanceIndex = Self.index(configuration.instances.map(\.name))
        groupIndex = Self.index(configuration.syncGroups.map(\.name))
    }

    static func index(_ names: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (position, name) in names.enumerated() where result[name] == nil { result[name] = position }
        return result
    }

    /// After `.shutdownRequested`: true once no master is still waiting for its successor.
    public var hasStopped: Bool { isStopping && !router.isHandingOver }

    public var nextDeadline: MonotonicInstant? {
        // Compared by hand: asked after every step, so it builds no array.
        Self.earlier(Self.earlier(router.nextDeadline, checks.nextDeadline), pacer.nextDeadline)
    }

    private static func earlier(_ first: MonotonicInstant?, _ second: MonotonicInstant?) -> MonotonicInstant? {
        guard let first else { return second }
        guard let second else { return first }
        return min(first, second)
    }

    public mutating func start(now: MonotonicInstant) -> [EngineEffect] {
        let syncDaemons = syncDaemonStartEffects()
        var actions: [VRRPRouter.Action] = []
        for (interface, isUp) in initialLinkStates.sorted(by: { $0.key < $1.key }) {
            actions += router.handle(.interfaceChanged(interface, isUp: isUp), now: now)
        }
        for (name, value) in initialFileValues.sorted(by: { $0.key < $1.key }) {
            actions += router.handle(.trackerChanged(.file(name), .value(value)), now: now)
        }
        for (address, isPresent) in initialSourceAddresses.sorted(by: { "\($0.key)" < "\($1.key)" }) {
            actions += router.handle(.trackerChanged(.sourceAddress("\(address)"), isPresent ? .up : .down), now: now)
        }
        for (name, reading) in checks.initialReadings {
            actions += router.handle(.trackerChanged(.script(name), reading), now: now)
        }
        var delay: [EngineEffect] = []
        if configuration.startupDelay > .zero {
            router.holdStartup(until: now + configuration.startupDelay)
            delay = [.log(.info("Delaying startup for \(Self.seconds(configuration.startupDelay)) seconds"))]
        }
        actions += router.handle(.start, now: now)
        checks.start(now: now)
        return syncDaemons + pacer.pace(delay + effects(of: actions) + runDueChecks(now: now), now: now)
    }

    public mutating func handle(_ event: EngineEvent, now: MonotonicInstant) -> [EngineEffect] {
        var effects: [EngineEffect] = []
        handle(event, now: now, into: &effects)
        return effects
    }

    /// Appends the effects of `event` to `effects`. A steady step (an advert sent or heard) builds no
    /// list of its own: the router's actions go through a buffer the engine keeps.
    public mutating func handle(_ event: EngineEvent, now: MonotonicInstant, into effects: inout [EngineEffect]) {
        if event == .deadlineReached { pacer.due(now: now, into: &effects) }
        let stepped = effects.count
        step(event, now: now, into: &effects)
        pacer.pace(&effects, from: stepped, now: now)
    }

    private mutating func step(_ event: EngineEvent, now: MonotonicInstant, into effects: inout [EngineEffect]) {
        switch event {
        case .deadlineReached:
            routerStep(.deadlineReached, now: now, into: &effects)
            runDueChecks(now: now, into: &effects)
        case .packetReceived(let packet):
            receive(packet, now: now, into: &effects)
        case .linkChanged(let interface, let isUp):
            routerStep(.interfaceChanged(interface, isUp: isUp), now: now, into: &effects)
        case .addressRemoved(_, let address):
            routerStep(.virtualAddressRemoved(address), now: now, into: &effects)
        case .scriptCompleted(let purpose, let outcome):
            effects.append(contentsOf: scriptCompleted(purpose, outcome, now: now))
        case .fileChanged(let name, let value):
            routerStep(.trackerChanged(.file(name), .value(value)), now: now, into: &effects)
        case .sourceAddressChanged(let address, let isPresent):
            routerStep(.trackerChanged(.sourceAddress("\(address)"), isPresent ? .up : .down), now: now, into: &effects)
        case .shutdownRequested:
            isStopping = true
            checks.stop()
            switch stopHandover {
            case .priorityZero: routerStep(.shutdown, now: now, into: &effects)
            case .makeBeforeBreak: routerStep(.shutdownAfterHandover, now: now, into: &effects)
            }
            effects.append(contentsOf: followSyncDaemon())
        case .maintenanceRequested(let name, let request):
            effects.append(contentsOf: maintenance(name, request, now: now))
        }
    }

    /// Feeds `event` to the router and appends the effects of its actions, through `routerActions`.
    mutating func routerStep(_ event: VRRPRouter.Event, now: MonotonicInstant, into effects: inout [EngineEffect]) {
        var actions = routerActions
        routerActions = []
        router.handle(event, now: now, into: &actions)
        self.effects(of: actions, into: &effects)
        actions.removeAll(keepingCapacity: true)
        routerActions = actions
    }

    private mutating func receive(
        _ packet: ReceivedVRRPPacket, now: MonotonicInstant, into effects: inout [EngineEffect]
    ) {
        let key = packet.payload.count >= 2
            ? VRRPVirtualRouterKey(
                interface: packet.interface, family: packet.source.family, virtualRouterID: packet.payload[1])
            : nil
        if let key, let name = router.instanceName(for: key) {
            statistics.instances[name, default: .init()].advertisementsReceived += 1
            // Byte 2 of a VRRP header is the priority (RFC 5798 section 5.1).
            let priorityZero = packet.payload.count >= 3 && packet.payload[2] == 0
            if priorityZero { statistics.instances[name, default: .init()].priorityZeroReceived += 1 }
            statistics.instances[name, default: .init()].heardPriorityZero = priorityZero
        } else {
            statistics.unmatchedPackets += 1
        }
        let metadata = VRRPReceiveMetadata(
            source: packet.source, destination: packet.destination, hopLimit: packet.hopLimit,
            ipv4HeaderLength: packet.ipv4HeaderLength, ipv4TotalLength: packet.ipv4TotalLength)
        routerStep(
            .packetReceived(packet.payload, metadata: metadata, interface: packet.interface), now: now, into: &effects)
    }

    mutating func runDueChecks(now: MonotonicInstant) -> [EngineEffect] {
        var effects: [EngineEffect] = []
        runDueChecks(now: now, into: &effects)
        return effects
    }

    mutating func runDueChecks(now: MonotonicInstant, into effects: inout [EngineEffect]) {
        guard !isStopping, let due = checks.nextDeadline, due <= now else { return }
        for request in checks.due(now: now) { effects.append(.runScript(request)) }
    }

    private mutating func scriptCompleted(
        _ purpose: ScriptPurpose, _ outcome: ScriptOutcome, now: MonotonicInstant
    ) -> [EngineEffect] {
        switch purpose {
        case .notify(let name):
            if outcome.succeeded { return [] }
            return [.log(.debug("notify script for \(name) \(outcome)"))]
        case .check(let name):
            guard let reading = checks.completed(name, outcome) else { return [] }
            let line: LogRecord = reading == .up
                ? .info("VRRP_Script(\(name)) succeeded")
                : .info("VRRP_Script(\(name)) failed (\(outcome))")
            return [.log(line)] + effects(of: router.handle(.trackerChanged(.script(name), reading), now: now))
        case .checker:
            // The checker engine's own; never started by this engine.
            return []
        }
    }

    /// Seconds as keepalived's `%g` prints them: `2`, `5.5`.
    static func seconds(_ duration: Duration) -> String {
        let (whole, attoseconds) = duration.components
        let milliseconds = attoseconds / 1_000_000_000_000_000
        guard milliseconds > 0 else { return "\(whole)" }
        var fraction = String(1000 + milliseconds).dropFirst()
        while fraction.hasSuffix("0") { fraction = fraction.dropLast() }
        return "\(whole).\(fraction)"
    }
}
