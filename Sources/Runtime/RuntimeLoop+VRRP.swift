import Engine

extension RuntimeLoop where Event == EngineEvent, Effect == EngineEffect {
    /// The VRRP engine's loop: effects on `ports`, time from `ports.clock`, on the global executor.
    public init(ports: RuntimePorts, inbox: Inbox<EngineEvent> = Inbox()) {
        self.init(interpreter: VRRPEffectInterpreter(ports: ports), clock: ports.clock, inbox: inbox)
    }
}
