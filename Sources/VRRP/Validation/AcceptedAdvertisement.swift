import NetworkPrimitives

/// An advert that passed every receive check, ready for the state machine.
public struct AcceptedAdvertisement: Hashable, Sendable {
    public var advertisement: VRRPAdvertisement
    /// The sender's IP address (the master's address for RFC 5798 section 6.4.3 tie-breaks).
    public var source: IPAddress
    public var observations: [AdvertisementObservation]

    public init(advertisement: VRRPAdvertisement, source: IPAddress, observations: [AdvertisementObservation] = []) {
        self.advertisement = advertisement
        self.source = source
        self.observations = observations
    }
}
