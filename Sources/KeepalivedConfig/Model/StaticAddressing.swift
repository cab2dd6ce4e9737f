/// The root `static_ipaddress`, `static_routes` and `static_rules` blocks: installed at start and never
/// moved by VRRP.
public struct StaticAddressing: Hashable, Sendable {
    public var addresses: [VirtualIPAddress]
    public var routes: [VirtualRoute]
    public var rules: [VirtualRule]

    public init() {
        addresses = []
        routes = []
        rules = []
    }
}
