/// `ifa_scope` / `rt_scope_t` (linux/rtnetlink.h); keepalived's `scope` keyword takes these names.
public struct AddressScope: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let universe = AddressScope(rawValue: 0)
    public static let site = AddressScope(rawValue: 200)
    public static let link = AddressScope(rawValue: 253)
    public static let host = AddressScope(rawValue: 254)
    public static let nowhere = AddressScope(rawValue: 255)

    /// The scope for an iproute2 name (`global`, `site`, `link`, `host`, `nowhere`) or a number.
    public init?(name: String) {
        switch name {
        case "global", "universe": self = .universe
        case "site": self = .site
        case "link": self = .link
        case "host": self = .host
        case "nowhere": self = .nowhere
        default:
            guard let value = UInt8(name) else { return nil }
            self.init(rawValue: value)
        }
    }

    public var description: String {
        switch rawValue {
        case 0: "global"
        case 200: "site"
        case 253: "link"
        case 254: "host"
        case 255: "nowhere"
        default: "\(rawValue)"
        }
    }
}
