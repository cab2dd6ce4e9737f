import NetworkPrimitives

extension VRRPStateMachine {
    /// Effects for the shell to carry out, in order, and observations for it to log and count.
    public enum Action: Hashable, Sendable {
        /// Send one advert at this priority (0 = stepping down) to every destination.
        case sendAdvertisement(priority: UInt8)
        /// Install the virtual (and excluded) addresses.
        case addVirtualAddresses
        /// Remove the virtual (and excluded) addresses.
        case removeVirtualAddresses
        /// Send this many gratuitous ARPs / unsolicited NAs for every virtual address.
        case sendGratuitousARPs(count: Int)
        /// Unicast mode leaving FAULT: one GARP / NA for our own source address.
        case announceSourceAddress
        /// Run the notify scripts / FIFO lines for this state with this priority.
        case notify(state: VRRPNotifyState, priority: UInt8)
        /// MASTER heard a lower priority (`notify_master_rx_lower_pri`, FIFO `MASTER_RX_LOWER_PRI`).
        case receivedLowerPriority(source: IPAddress, priority: UInt8)
        /// Observation: the state changed.
        case transitioned(from: VRRPState, to: VRRPState, reason: VRRPTransitionReason)
        /// Observation: an input changed nothing.
        case ignored(VRRPIgnoreReason)
        /// Observation: the effective priority changed (FIFO `MASTER_PRIORITY`/`BACKUP_PRIORITY`).
        case effectivePriorityChanged(from: UInt8, to: UInt8)
        /// Observation: v3 BACKUP adopted the master's advert interval (RFC 5798 section 6.4.2).
        case adoptedMasterAdvertisementInterval(Duration)
        /// Observation: a make-before-break handover began; the addresses stay for at most this long.
        case handoverStarted(within: Duration)
        /// Observation: the handover ended, on the successor's advert from this address, or (nil) at its
        /// deadline without one; the release follows.
        case handoverEnded(successor: IPAddress?)
    }
}
