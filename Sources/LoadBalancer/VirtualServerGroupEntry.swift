import NetworkPrimitives

/// One line of a `virtual_server_group`: each address in it, or its mark, becomes its own IPVS service
/// carrying every real server of the virtual server (Docs/Keepalived.md §5 "Virtual server groups").
public enum VirtualServerGroupEntry: Hashable, Sendable {
    /// `IP [PORT]`; port 0 means every port.
    case address(IPAddress, port: UInt16)
    /// `a.b.c.d-e` and friends: every address from `first` to `last`, in one family.
    case range(first: IPAddress, last: IPAddress, port: UInt16)
    /// `fwmark N [inet|inet6]`.
    case fwmark(UInt32, family: AddressFamily)

    /// The services this entry stands for; an empty or mixed-family range stands for none.
    public func serviceKeys(protocol proto: TransportProtocol) -> [ServiceKey] {
        switch self {
        case .address(let address, let port):
            [.endpoint(address: address, port: port, protocol: proto)]
        case .range(let first, let last, let port):
            Self.addresses(from: first, to: last).map { .endpoint(address: $0, port: port, protocol: proto) }
        case .fwmark(let mark, let family):
            [.fwmark(mark, family: family)]
        }
    }

    private static func addresses(from first: IPAddress, to last: IPAddress) -> [IPAddress] {
        switch (first, last) {
        case (.v4(let a), .v4(let b)) where a <= b:
            return (a.value...b.value).map { .v4(IPv4Address($0)) }
        case (.v6(let a), .v6(let b)) where a.high == b.high && a.low <= b.low:
            // keepalived ranges vary only the last group, so the high half is shared.
            return (a.low...b.low).map { .v6(IPv6Address(high: a.high, low: $0)) }
        default:
            return []
        }
    }
}
