import NetworkPrimitives

/// How received adverts find their instance: interface, address family and VRID (keepalived section 3.2).
public struct VRRPVirtualRouterKey: Hashable, Sendable {
    public var interface: InterfaceName?
    public var family: AddressFamily
    public var virtualRouterID: UInt8

    public init(interface: InterfaceName?, family: AddressFamily, virtualRouterID: UInt8) {
        self.interface = interface
        self.family = family
        self.virtualRouterID = virtualRouterID
    }
}
