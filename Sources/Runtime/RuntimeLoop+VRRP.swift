import Engine

extension RuntimeLoop where Event == EngineEvent, Effect == EngineEffect {
    /// The VRRP engine's loop: effects on `ports`, time from `ports.clock`, on `executor` (the daemon's
    /// VRRP reactor thread) or the global executor. `supervisor` (systemd) hears this loop's readiness,
    /// keep-alives and stop.
    public init(
        ports: RuntimePorts, executor: (any TaskExecutor)? = nil, inbox: Inbox<EngineEvent> = Inbox(),
        supervisor: (any ServiceSupervisor)? = nil
    ) {
        self.init(
            interpreter: VRRPEffectInterpreter(ports: ports), clock: ports.clock, executor: executor, inbox: inbox,
            supervisor: supervisor)
    }
}
