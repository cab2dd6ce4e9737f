import Engine

extension RuntimeLoop where Event == EngineEvent, Effect == EngineEffect {
    /// The VRRP engine's loop: effects on `ports`, time from `ports.clock`, on the global executor.
    /// `supervisor` (systemd) hears this loop's readiness, keep-alives and stop.
    public init(ports: RuntimePorts, inbox: Inbox<EngineEvent> = Inbox(), supervisor: (any ServiceSupervisor)? = nil) {
        self.init(
            interpreter: VRRPEffectInterpreter(ports: ports), clock: ports.clock, inbox: inbox, supervisor: supervisor)
    }
}
