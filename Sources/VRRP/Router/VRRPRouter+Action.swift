extension VRRPRouter {
    /// Effects and observations, each tagged with the instance or sync group it belongs to.
    public enum Action: Hashable, Sendable {
        /// An action of the named instance.
        case instance(String, VRRPStateMachine.Action)
        /// An action of the named sync group.
        case syncGroup(String, VRRPSyncGroupAction)
        /// Observation: the named instance accepted an advert with something worth logging.
        case observed(String, AdvertisementObservation)
        /// Observation: an input that reached no instance.
        case ignored(VRRPIgnoreReason)
    }
}
