import Glibc
import HealthCheck
import NIOCore
import NetworkPrimitives

extension ProbeTarget {
    /// The remote endpoint; an IPv6 link-local address gets the scope of `bind_if`.
    func remoteAddress(port overridePort: UInt16? = nil) throws -> SocketAddress {
        try Self.socketAddress(address, port: overridePort ?? port, scope: bindInterface)
    }

    /// The local endpoint to bind before connecting (`bindto`/`bind_port`), if any.
    func localAddress() throws -> SocketAddress? {
        guard bindAddress != nil || bindPort != nil else { return nil }
        let local = bindAddress ?? Self.unspecified(like: address)
        return try Self.socketAddress(local, port: bindPort ?? 0, scope: bindInterface)
    }

    /// `host:port` as keepalived writes it in a `Host:` header (RFC 3986 §3.2.2 brackets for IPv6).
    var hostHeaderValue: String {
        switch address {
        case .v4: "\(address):\(port)"
        case .v6: "[\(address)]:\(port)"
        }
    }

    static func unspecified(like address: IPAddress) -> IPAddress {
        switch address {
        case .v4: IPAddress(bytes: [UInt8](repeating: 0, count: 4)) ?? address
        case .v6: IPAddress(bytes: [UInt8](repeating: 0, count: 16)) ?? address
        }
    }

    static func socketAddress(_ address: IPAddress, port: UInt16, scope: InterfaceName?) throws -> SocketAddress {
        let packed = try SocketAddress(packedIPAddress: ByteBuffer(bytes: address.bytes), port: Int(port))
        guard case .v6(let raw) = packed, let scope, address.isIPv6LinkLocal else { return packed }
        var scoped = raw.address
        scoped.sin6_scope_id = if_nametoindex(scope.rawValue)
        return SocketAddress(scoped, host: "\(address)")
    }
}

extension IPAddress {
    /// fe80::/10 (RFC 4291 §2.5.6): needs an interface to be reachable.
    var isIPv6LinkLocal: Bool {
        guard case .v6 = self else { return false }
        let bytes = self.bytes
        return bytes[0] == 0xfe && bytes[1] & 0xc0 == 0x80
    }
}
