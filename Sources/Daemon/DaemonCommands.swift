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
            checkers.apply(configuration)
            board.update(routerID: configuration.globalDefinitions.routerID ?? ShortHostname.current())
            alerts?.reload(configuration: configuration)
            var effects: [EngineEffect] = diagnostics.isEmpty ? [] : [.log(.warning(diagnostics))]
            effects += assembly.log.map { .log($0) }
            var log: [LogRecord] = []
            let updated = VigilDaemon.holdingPreemptionForSyncRound(assembly.engine) { log.append($0) }
            effects += log.map { .log($0) }
            effects += engine.reconfigure(to: updated, linkStates: assembly.linkStates, now: now)
            // The files the new configuration tracks, each read now and handed to the engine.
            for (name, value) in (files?.track(assembly.trackedFiles) ?? [:]).sorted(by: { $0.key < $1.key }) {
                effects += engine.handle(.fileChanged(name: name, value: value), now: now)
            }
            return effects
        }
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
