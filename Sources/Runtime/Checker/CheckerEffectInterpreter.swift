import Engine
import HealthCheck
import NetworkPrimitives

/// Carries out the checker engine's effects: probes on the `Prober` (results come back in batches,
/// one inbox input per burst), tables to the `DataPlaneApplier` (which the engine never waits for),
/// scripts on the `ScriptRunner` (outcomes come back as `.scriptCompleted`), lines to the `LogSink`.
public struct CheckerEffectInterpreter: EffectInterpreter {
    let prober: any Prober
    let scripts: any ScriptRunner
    let applier: DataPlaneApplier
    let log: any LogSink
    let scriptTimeout: Duration
    let releasesOnExit: Bool
    let routes: (any RouteAnnouncer)?

    /// `scriptTimeout` bounds every notify and quorum script (as VRRP notify scripts are bounded);
    /// with `releasesOnExit` the data plane's table is removed, and every route withdrawn from
    /// `routes` (BGP mode), once the loop has ended.
    public init(
        prober: any Prober, scripts: any ScriptRunner, applier: DataPlaneApplier, log: any LogSink,
        scriptTimeout: Duration = EngineConfiguration.defaultNotifyTimeout, releasesOnExit: Bool = true,
        routes: (any RouteAnnouncer)? = nil
    ) {
        self.prober = prober
        self.scripts = scripts
        self.applier = applier
        self.log = log
        self.scriptTimeout = scriptTimeout
        self.releasesOnExit = releasesOnExit
        self.routes = routes
    }

    /// Applies tables until the loop has ended, then (with `releasesOnExit`) removes the table.
    public func serve(_ inbox: Inbox<CheckerEngine.Event>) async {
        let applier = applier
        // Not a child task: the apply in progress and the newest table finish even though the loop
        // cancels `serve`; cancelling only ends the applier once it is done.
        let applying = Task(executorPreference: globalConcurrentExecutor) { await applier.run() }
        await withTaskCancellationHandler {
            await applying.value
        } onCancel: {
            applier.finish()
        }
        if releasesOnExit {
            await routes?.withdrawAll()
            await applier.release()
        }
    }

    public func apply(
        _ effects: [CheckerEffect], inbox: Inbox<CheckerEngine.Event>, tasks: inout DiscardingTaskGroup
    ) async {
        for effect in effects {
            switch effect {
            case .startProbe(let key, _):
                start(key, inbox: inbox)
            case .applyTable(let table):
                applier.submit(table)
            case .runScript(let script, let purpose):
                let request = ScriptRequest(
                    purpose: .checker(purpose), arguments: script.arguments,
                    user: script.user.map { ScriptUser(name: $0, group: script.group) }, timeout: scriptTimeout)
                tasks.run(request, on: scripts, inbox: inbox) { .scriptCompleted(purpose, script, $0) }
            case .runRouteScript(let request):
                guard case .check(let name) = request.purpose else { continue }
                tasks.run(request, on: scripts, inbox: inbox) { .routeScriptCompleted(name: name, $0) }
            case .announceRoutes(let prefixes):
                guard let routes else {
                    log.write(.warning("vigil_bgp: no routing daemon to announce \(prefixes) through"))
                    continue
                }
                routes.announce(prefixes)
            case .log(let record):
                log.write(record)
            }
        }
    }

    private func start(_ key: CheckerKey, inbox: Inbox<CheckerEngine.Event>) {
        let counters = inbox.counters
        counters.probeStarted()
        prober.start(key.probe) { result in
            // A burst of results (the reactor reports a batch per turn) wakes the loop once.
            inbox.postInBatch(.probeFinished(key, result))
            counters.probeReported()
        }
    }
}
