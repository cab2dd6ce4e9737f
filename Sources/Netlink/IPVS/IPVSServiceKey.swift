import NetworkPrimitives

/// What names an IPVS service in every service and destination command: protocol, address and
/// port, or a firewall mark with an address family.
public enum IPVSServiceKey: Hashable, Sendable, CustomStringConvertible {
    /// Port 0 with the persistent flag makes an all-ports service.
    case endpoint(protocol: IPVSProtocol, address: IPAddress, port: UInt16)
    case firewallMark(UInt32, family: AddressFamily)

    /// `IPVS_SVC_ATTR_AF`.
    public var family: AddressFamily {
        switch self {
        case .endpoint(_, let address, _): address.family
        case .firewallMark(_, let family): family
        }
    }

    /// ipvsadm's form: `TCP 10.0.0.1:80`, `TCP [2001:db8::1]:443`, `FWM 7` (`FWM 7 IPv6`).
    public var description: String {
        switch self {
        case .endpoint(let proto, .v4(let address), let port): "\(proto) \(address):\(port)"
        case .endpoint(let proto, .v6(let address), let port): "\(proto) [\(address)]:\(port)"
        case .firewallMark(let mark, .inet): "FWM \(mark)"
        case .firewallMark(let mark, .inet6): "FWM \(mark) IPv6"
        }
    }
}
