import NetworkPrimitives

/// What makes an instance "the same" across a reload (keepalived section 3.18): VRID, family,
/// configured interface, unicast-ness and the unicast source address or the multicast group.
/// The name is irrelevant.
public struct VRRPInstanceIdentity: Hashable, Sendable {
    public var virtualRouterID: UInt8
    public var family: AddressFamily
    public var interface: InterfaceName?
    public var isUnicast: Bool
    /// The unicast source address, or the multicast group.
    public var endpoint: IPAddress?

    public init(_ configuration: VRRPInstanceConfiguration) {
        virtualRouterID = configuration.virtualRouterID
        family = configuration.family
        interface = configuration.interface
        isUnicast = configuration.isUnicast
        endpoint = configuration.isUnicast ? configuration.sourceAddress : configuration.multicastGroup
    }
}
