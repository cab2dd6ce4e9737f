import NetworkPrimitives

extension VRRPRouter {
    /// Inputs of a node's VRRP side.
    public enum Event: Hashable, Sendable {
        /// Start every instance (RFC 5798 section 6.4.1).
        case start
        /// A VRRP message (IPv4 header removed) heard on `interface`: demultiplexed, run through
        /// `AdvertisementValidator` (keepalived section 3.5), then handed to its instance.
        case packetReceived([UInt8], metadata: VRRPReceiveMetadata, interface: InterfaceName?)
        /// An advert that already passed the receive checks, heard on `interface`.
        case advertisementReceived(VRRPAdvertisement, source: IPAddress, interface: InterfaceName?)
        /// The clock reached (or passed) `nextDeadline`; spurious calls are harmless.
        case deadlineReached
        /// A tracked object has a new reading (applies to every instance tracking it).
        case trackerChanged(VRRPTrackerID, VRRPTrackerReading)
        /// An interface went up (IFF_UP and IFF_RUNNING) or down: the `.interface` tracker.
        case interfaceChanged(InterfaceName, isUp: Bool)
        /// Someone else deleted `address`; the instance owning it reacts.
        case virtualAddressRemoved(IPAddress)
        /// Orderly stop of every instance.
        case shutdown
        /// Orderly stop, make before break: every MASTER hands over first (Docs/Handover.md).
        case shutdownAfterHandover
        /// The operator puts the named instance (with its whole sync group) into maintenance or takes it out.
        case maintenance(instance: String, VRRPMaintenance)
    }
}
