import HealthCheck
import enum LinuxPlatform.System
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

    static func socketAddress(_ address: IPAddress, port: UInt16, scope: InterfaceName?) throws -> SocketAddress {
        let packed = try SocketAddress(packedIPAddress: ByteBuffer(bytes: address.bytes), port: Int(port))
        guard case .v6(let raw) = packed, let scope, address.isIPv6LinkLocal else { return packed }
        var scoped = raw.address
        scoped.sin6_scope_id = System.interfaceIndex(named: scope.rawValue)
        return SocketAddress(scoped, host: "\(address)")
    }
}
