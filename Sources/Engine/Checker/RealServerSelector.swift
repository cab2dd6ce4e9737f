import LoadBalancer
import NetworkPrimitives

/// Names real servers the way an operator does (`vigil ctl drain VIP:PORT RS:PORT`): every virtual
/// server that listens on the virtual address and port (whatever its protocol, directly or through
/// a group entry), and within it the real server at the real address and port.
public struct RealServerSelector: Hashable, Sendable, CustomStringConvertible {
    public var virtualAddress: IPAddress
    public var virtualPort: UInt16
    public var realAddress: IPAddress
    public var realPort: UInt16

    public init(virtualAddress: IPAddress, virtualPort: UInt16, realAddress: IPAddress, realPort: UInt16) {
        self.virtualAddress = virtualAddress
        self.virtualPort = virtualPort
        self.realAddress = realAddress
        self.realPort = realPort
    }

    /// Reads `VIP:PORT` and `RS:PORT`; IPv6 addresses in brackets (`[fd00::1]:80`). Nil when either is malformed.
    public init?(virtualServer: String, realServer: String) {
        guard let (virtualAddress, virtualPort) = Self.endpoint(virtualServer),
            let (realAddress, realPort) = Self.endpoint(realServer)
        else { return nil }
        self.init(virtualAddress: virtualAddress, virtualPort: virtualPort, realAddress: realAddress, realPort: realPort)
    }

    /// `10.0.0.1:80` or `[fd00::1]:80`.
    static func endpoint(_ text: String) -> (IPAddress, UInt16)? {
        guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]) else {
            return nil
        }
        var host = text[..<colon]
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = host.dropFirst().dropLast()
        } else if host.contains(":") {
            return nil
        }
        guard let address = IPAddress(host) else { return nil }
        return (address, port)
    }

    /// The real servers of `definitions` this selector names.
    public func matches(in definitions: [VirtualServerDefinition]) -> [RealServerID] {
        definitions.flatMap { definition -> [RealServerID] in
            let listens = definition.serviceKeys.contains { key in
                guard case .endpoint(let address, let port, _) = key else { return false }
                return address == virtualAddress && port == virtualPort
            }
            guard listens else { return [] }
            return definition.realServers
                .filter { $0.address == realAddress && $0.port == realPort }
                .map { definition.realServerID($0) }
        }
    }

    /// `10.0.0.1:80 192.168.1.10:80` (brackets around IPv6 addresses).
    public var description: String {
        "\(Self.render(virtualAddress, virtualPort)) \(Self.render(realAddress, realPort))"
    }

    private static func render(_ address: IPAddress, _ port: UInt16) -> String {
        address.family == .inet6 ? "[\(address)]:\(port)" : "\(address):\(port)"
    }
}
