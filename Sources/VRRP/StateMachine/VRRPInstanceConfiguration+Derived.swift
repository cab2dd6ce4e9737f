import NetworkPrimitives

extension VRRPInstanceConfiguration {
    /// Priority 255: the router owns the virtual addresses (RFC 5798 section 6.1).
    public var isAddressOwner: Bool { priority == 255 }

    /// Unicast mode: adverts go to each `unicast_peer` instead of the multicast group.
    public var isUnicast: Bool { !unicastPeers.isEmpty }

    /// Where one advert is sent: each unicast peer in turn, or the multicast group.
    public var advertisementDestinations: [IPAddress] { isUnicast ? unicastPeers.map(\.address) : [multicastGroup] }

    /// What the receive checks compare adverts with (keepalived section 3.5), at `priority`.
    public func receivePolicy(priority: UInt8) -> VRRPReceivePolicy {
        VRRPReceivePolicy(
            version: version, virtualRouterID: virtualRouterID, family: family, authentication: authentication,
            advertisementInterval: advertisementInterval,
            transport: isUnicast ? .unicast(peers: unicastPeers, checksSource: checksUnicastSource) : .multicast,
            checksumMode: checksumMode, addresses: virtualAddresses.map(\.address),
            comparesAddresses: !skipsAddressCheck, ownerIgnoresAdverts: ownerIgnoresAdverts, priority: priority)
    }

    /// The advert this instance sends at `priority` (RFC 5798 section 5.2): advertised addresses in
    /// configuration order, the configured interval, v2 authentication.
    public func advertisement(priority: UInt8) -> VRRPAdvertisement {
        VRRPAdvertisement(
            version: version, virtualRouterID: virtualRouterID, priority: priority,
            advertisementInterval: advertisementInterval, addresses: virtualAddresses.map(\.address),
            authentication: version == .v2 ? authentication : .none)
    }

    /// Every binding the instance watches, including its own interface unless `dont_track_primary`.
    var allTrackerBindings: [VRRPTrackerBinding] {
        var bindings = trackers
        if tracksPrimaryInterface, let interface {
            let primary = VRRPTrackerBinding(.interface(interface.rawValue), weight: 0)
            if !bindings.contains(primary) { bindings.append(primary) }
        }
        return bindings
    }
}
