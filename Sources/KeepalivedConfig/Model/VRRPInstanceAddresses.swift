/// What a master installs: advertised VIPs, excluded VIPs, routes and rules (Docs/Keepalived.md §3.13).
public struct VRRPInstanceAddresses: Hashable, Sendable {
    /// `virtual_ipaddress`: advertised in every advert, in written order.
    public var virtualIPAddresses: [VirtualIPAddress]
    /// `virtual_ipaddress_excluded`: installed but not advertised; may be of the other family.
    public var excludedVirtualIPAddresses: [VirtualIPAddress]
    /// `no_virtual_ipaddress`: an instance with no VIP is intended.
    public var allowsNoVirtualIPAddress: Bool
    /// `virtual_routes`.
    public var virtualRoutes: [VirtualRoute]
    /// `virtual_rules`.
    public var virtualRules: [VirtualRule]

    public init() {
        virtualIPAddresses = []
        excludedVirtualIPAddresses = []
        allowsNoVirtualIPAddress = false
        virtualRoutes = []
        virtualRules = []
    }
}
