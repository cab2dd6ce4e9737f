import VRRP

extension VRRPEngine {
    /// The instance's state script, then its generic `notify` with `INSTANCE name STATE priority`
    /// (Docs/Keepalived.md §6.3).
    func instanceNotifies(_ name: String, state: VRRPNotifyState, priority: UInt8) -> [EngineEffect] {
        guard let instance = instance(named: name) else { return [] }
        return notifies(instance.notify, kind: "INSTANCE", name: name, state: state, priority: priority)
            + fifoLine(.instance(name, Self.fifoState(instance.notify, state), priority: priority))
    }

    /// The FIFO line of a notify point, when a FIFO is configured (after the scripts: keepalived's order).
    func fifoLine(_ line: NotifyFIFOLine) -> [EngineEffect] {
        configuration.writesNotifyFIFO ? [.writeNotifyFIFO(line)] : []
    }

    /// A deleted instance reports FAULT unless `notify_deleted` is set, on the FIFO too.
    static func fifoState(_ scripts: NotificationScripts, _ state: VRRPNotifyState) -> VRRPNotifyState {
        state == .deleted && !scripts.reportsDeleted ? .fault : state
    }

    /// `notify_master_rx_lower_pri`, with its configured arguments only.
    func lowerPriorityNotify(_ name: String) -> [EngineEffect] {
        let event = fifoLine(
            .instanceEvent(name, "MASTER_RX_LOWER_PRI", priority: router.machine(named: name)?.effectivePriority ?? 0))
        guard let script = instance(named: name)?.notify.masterReceivedLowerPriority else { return event }
        return [.runScript(request(script, name: name, timeout: configuration.notifyTimeout))] + event
    }

    func notifies(
        _ scripts: NotificationScripts, kind: String, name: String, state: VRRPNotifyState, priority: UInt8
    ) -> [EngineEffect] {
        let timeout = state == .stop ? configuration.stopNotifyTimeout : configuration.notifyTimeout
        var result: [EngineEffect] = []
        if let script = Self.stateScript(scripts, state) {
            result.append(.runScript(request(script, name: name, timeout: timeout)))
        }
        if let generic = scripts.generic {
            // A deleted instance reports FAULT to the generic script unless `notify_deleted` is set.
            let word = state == .deleted && !scripts.reportsDeleted ? VRRPNotifyState.fault : state
            var script = generic
            script.arguments += [kind, name, word.description, String(priority)]
            result.append(.runScript(request(script, name: name, timeout: timeout)))
        }
        return result
    }

    private static func stateScript(_ scripts: NotificationScripts, _ state: VRRPNotifyState) -> ScriptLine? {
        switch state {
        case .master: scripts.master
        case .backup: scripts.backup
        case .fault: scripts.fault
        case .stop: scripts.stop
        case .deleted: scripts.reportsDeleted ? scripts.deleted : scripts.fault
        }
    }

    private func request(_ script: ScriptLine, name: String, timeout: Duration) -> ScriptRequest {
        ScriptRequest(
            purpose: .notify(name: name), arguments: script.arguments, user: script.user, timeout: timeout,
            enforcesScriptSecurity: script.enforcesScriptSecurity)
    }
}
