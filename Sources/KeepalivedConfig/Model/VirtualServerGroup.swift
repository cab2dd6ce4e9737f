import NetworkPrimitives

/// A `virtual_server_group NAME { }` block: addresses, address ranges and fwmarks served alike.
public struct VirtualServerGroup: Hashable, Sendable {
    public var name: String
    public var location: SourceLocation
    public var entries: [Entry]

    /// One line of the group.
    public enum Entry: Hashable, Sendable {
        /// `IP[-LAST] [PORT]` or `IP/LEN [PORT]`: every address from `first` to `last`; `port` 0 when absent.
        case addressRange(first: IPAddress, last: IPAddress, port: UInt16, location: SourceLocation)
        /// `fwmark N [inet|inet6]`.
        case firewallMark(UInt32, family: AddressFamily?, location: SourceLocation)
    }

    public init(name: String, location: SourceLocation, entries: [Entry] = []) {
        self.name = name
        self.location = location
        self.entries = entries
    }
}
