import Engine
import LinuxPlatform
import NetworkPrimitives
import Runtime

/// What SIGHUP, SIGUSR1 and SIGUSR2 do (Docs/Keepalived.md §6.2 and §3.18).
struct DaemonCommands: Sendable {
    let source: ConfigurationSource
    let network: RawSocketVRRPNetwork
    /// The checker side: started by the first configuration with virtual servers, reloaded after that.
    let checkers: CheckerLauncher
    /// SMTP alerts; a reload may change the server, the recipients and every object's `smtp_alert`.
    let alerts: AlertNotifier?
    /// The `track_file`s being read; a reload changes which.
    let files: TrackedFileWatcher?
    let options: DaemonOptions
    /// systemd hears RELOADING=1 and READY=1 around a reload.
    let notifier: SystemdNotifier
    /// Shown by the status server and the STATUS= line; a reload gives it the new `router_id`.
    let board: StatusBoard
    /// The configuration running now: set at start and by every reload that is applied.
    let running: RunningConfiguration
    /// Posts `.interfacesChanged`; told when the loop takes one.
    let interfaces: InterfaceFollower?

    func handle(_ command: RuntimeCommand, engine: inout VRRPEngine, now: MonotonicInstant) -> [EngineEffect] {
        switch command {
        case .reload:
            notifier.reloading(status: "Reloading \(options.configurationPath)")
            let effects = reload(&engine, now: now)
            board.publish(engine)
            notifier.ready(status: board.document().serviceStatusLine)
            return effects
        case .dumpData:
            let checker = checkers.started.map { "\n" + $0.dataDump() } ?? ""
            return write(engine.dataReport() + checker, to: options.dataDumpFile, what: "data")
        case .dumpStats: return write(engine.statisticsReport(), to: options.statisticsFile, what: "statistics")
        case .dumpJSON: return writeJSON(engine)
        case .interfacesChanged: return followInterfaces(&engine, now: now)
        case .stop: return []
        }
    }

    /// A configuration that does not load or assemble is refused; the running one keeps running.
    private func reload(_ engine: inout VRRPEngine, now: MonotonicInstant) -> [EngineEffect] {
        switch source.load() {
        case .refused(let reason):
            return [.log(.error("Reload refused, keeping the running configuration:\n\(reason)"))]
        case .ready(let assembly, let configuration, let diagnostics):
            do {
                try network.reconcile(assembly.sockets)
            } catch {
                return [.log(.error("Reload refused, cannot open VRRP sockets: \(error)"))]
            }
            running.replace(configuration)
            checkers.apply(configuration)
            board.update(routerID: configuration.globalDefinitions.routerID ?? ShortHostname.current())
            alerts?.reload(configuration: configuration)
            var effects: [EngineEffect] = diagnostics.isEmpty ? [] : [.log(.warning(diagnostics))]
            effects += assembly.log.map { .log($0) }
            var log: [LogRecord] = []
            let updated = VigilDaemon.holdingPreemptionForSyncRound(assembly.engine) { log.append($0) }
            effects += log.map { .log($0) }
            effects += engine.reconfigure(to: updated, linkStates: assembly.linkStates, now: now)
            effects += Self.sourcesPresent(assembly, to: &engine, now: now)
            // The files the new configuration tracks, each read now and handed to the engine.
            for (name, value) in (files?.track(assembly.trackedFiles) ?? [:]).sorted(by: { $0.key < $1.key }) {
                effects += engine.handle(.fileChanged(name: name, value: value), now: now)
            }
            return effects
        }
    }

    /// An interface appeared, went or changed: like keepalived (Docs/Keepalived.md §3.16), sockets follow
    /// an interface deleted and created again (a new index) or created after start (`dynamic_interfaces`),
    /// and an instance without a configured source takes the interface's address as it appears.
    private func followInterfaces(_ engine: inout VRRPEngine, now: MonotonicInstant) -> [EngineEffect] {
        interfaces?.taken()
        let assembly: Assembly
        switch source.assemble(running.configuration, followingInterfaces: true) {
        case .failure(let refusal): return [.log(.error("Cannot follow the interfaces: \(refusal.reason)"))]
        case .success(let result): assembly = result
        }
        var effects: [EngineEffect] = []
        let before = Set(network.specifications)
        do {
            try network.reconcile(assembly.sockets)
        } catch {
            effects.append(.log(.error("Cannot open VRRP sockets: \(error)")))
        }
        effects += Self.socketChanges(from: before, to: Set(network.specifications))
        effects += Self.sourcesPresent(assembly, to: &engine, now: now)
        // An interface that went keeps the instance's last source (the instance is in FAULT without it);
        // one that appears, or gains an address, gives it one.
        var sources: [String: IPAddress] = [:]
        for instance in engine.configuration.instances { sources[instance.vrrp.name] = instance.vrrp.sourceAddress }
        let moved = assembly.engine.instances.filter { instance in
            instance.vrrp.sourceAddress.map { $0 != sources[instance.vrrp.name] } ?? false
        }
        guard !moved.isEmpty else { return effects }
        for instance in moved {
            let address = instance.vrrp.sourceAddress.map { "\($0)" } ?? "none"
            effects.append(.log(.info("(\(instance.vrrp.name)) advert source address is now \(address)")))
        }
        var kept = assembly.engine
        for index in kept.instances.indices where kept.instances[index].vrrp.sourceAddress == nil {
            kept.instances[index].vrrp.sourceAddress = sources[kept.instances[index].vrrp.name]
        }
        let updated = VigilDaemon.holdingPreemptionForSyncRound(kept) { _ in }
        let reloading = EngineEffect.log(.info("Reloading configuration"))
        effects += engine.reconfigure(to: updated, linkStates: assembly.linkStates, now: now).filter { $0 != reloading }
        for (name, value) in (files?.track(assembly.trackedFiles) ?? [:]).sorted(by: { $0.key < $1.key }) {
            effects += engine.handle(.fileChanged(name: name, value: value), now: now)
        }
        return effects
    }

    /// `track_src_ip`: hands the engine whether each tracked source address is on the host (a reading
    /// that did not change changes nothing).
    private static func sourcesPresent(_ assembly: Assembly, to engine: inout VRRPEngine, now: MonotonicInstant)
        -> [EngineEffect]
    {
        assembly.sourcePresence.sorted { "\($0.key)" < "\($1.key)" }.flatMap { address, isPresent in
            engine.handle(.sourceAddressChanged(address, isPresent: isPresent), now: now)
        }
    }

    /// One line per socket closed, opened or opened again (a new index, or a new source) by `reconcile`.
    private static func socketChanges(
        from before: Set<VRRPSocketSpecification>, to after: Set<VRRPSocketSpecification>
    ) -> [EngineEffect] {
        var lines: [(InterfaceName, String)] = []
        for gone in before.subtracting(after) {
            let reopened = after.first { $0.key == gone.key }
            let what = reopened.map { "VRRP socket opened again on index \($0.interfaceIndex)" } ?? "VRRP socket closed"
            lines.append((gone.interface, "Interface \(gone.interface) (index \(gone.interfaceIndex)): \(what)"))
        }
        let keys = Set(before.map(\.key))
        for new in after.subtracting(before) where !keys.contains(new.key) {
            lines.append((new.interface, "Interface \(new.interface) (index \(new.interfaceIndex)): VRRP socket opened"))
        }
        return lines.sorted { $0.0 < $1.0 }.map { .log(.info($0.1)) }
    }

    /// keepalived's /tmp/keepalived.json, with the board's wall-clock transition times.
    private func writeJSON(_ engine: VRRPEngine) -> [EngineEffect] {
        let document = board.document()
        var times: [String: Double] = [:]
        for instance in document.instances { times[instance.name] = instance.lastTransition?.at }
        let text = KeepalivedJSONDump.render(
            engine, lastTransitions: times, startedAt: document.process?.startTime ?? 0)
        return write(text, to: options.jsonDumpFile, what: "JSON")
    }

    private func write(_ text: String, to path: String, what: String) -> [EngineEffect] {
        do {
            try TextFile.write(text, to: path)
            return [.log(.info("Wrote the \(what) dump to \(path)"))]
        } catch {
            return [.log(.error("\(error)"))]
        }
    }
}
