/// Carries out one kind of core's effects on the ports, one after another in the core's order.
/// `VRRPEffectInterpreter` serves the VRRP engine, `CheckerEffectInterpreter` the checker engine.
public protocol EffectInterpreter<Event, Effect>: Sendable {
    associatedtype Event: Hashable & Sendable
    associatedtype Effect: Sendable

    /// Runs beside the loop on the global executor, from before the core starts until the loop has
    /// ended and cancelled it: forwards what the world reports into `inbox` (received packets, link
    /// changes) and does work the loop hands off (applying tables). Returns once that work is done.
    func serve(_ inbox: Inbox<Event>) async

    /// Carries out `effects` in order. Anything that reports back later (a script, a probe) posts its
    /// outcome to `inbox`; scripts are started in `tasks`, so the loop waits for them at the end.
    /// The loop empties `effects` for the next step once this returns, keeping its storage: keep no
    /// copy of the list itself (the effects in it may be kept), or the next step allocates a new one.
    func apply(_ effects: [Effect], inbox: Inbox<Event>, tasks: inout DiscardingTaskGroup) async
}
