import NetworkPrimitives

/// What a `virtual_server` line names: `IP [PORT]`, `fwmark N [inet|inet6]` or `group NAME`.
public enum VirtualServerAddress: Hashable, Sendable, CustomStringConvertible {
    case socket(IPAddress, port: UInt16)
    case firewallMark(UInt32)
    case group(String)

    public var description: String {
        switch self {
        case .socket(.v6(let address), let port): "[\(address)]:\(port)"
        case .socket(let address, let port): "\(address):\(port)"
        case .firewallMark(let mark): "fwmark \(mark)"
        case .group(let name): "group \(name)"
        }
    }
}
