import NetworkPrimitives
import VRRP

/// keepalived's "same instance" rule at reload (keepalived-behaviour 3.18): VRID, family,
/// interface, unicast-ness and the unicast source or multicast group match; the name does not.
struct InstanceIdentity: Hashable, Sendable {
    var virtualRouterID: UInt8
    var family: AddressFamily
    var interface: InterfaceName?
    var isUnicast: Bool
    /// The unicast source address, or the multicast group.
    var endpoint: IPAddress?

    init(_ configuration: VRRPInstanceConfiguration) {
        virtualRouterID = configuration.virtualRouterID
        family = configuration.family
        interface = configuration.interface
        isUnicast = configuration.isUnicast
        endpoint = configuration.isUnicast ? configuration.sourceAddress : configuration.multicastGroup
    }
}
