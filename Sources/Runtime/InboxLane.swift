/// Which of the inbox's two queues a producer posts to (Docs/Modules/Runtime.md, "The inbox's lanes").
public enum InboxLane: Hashable, Sendable {
    /// The loop's own lane: what the loop's thread produces for itself (its deadline timer and, on the
    /// VRRP reactor, received packets). Its lock is taken only by those producers and by the loop; on
    /// the VRRP reactor they all run on its thread. Elsewhere (a clock without alarms, a network pumped
    /// from its `receive()` stream) the timer task and the pump post here from the global executor: the
    /// lane keeps its order and correctness, not its one-thread guarantee.
    case own
    /// Every other producer: commands, signals, the control socket, the link monitor's pump, script
    /// completions, batches, keep-alives.
    case shared
}
