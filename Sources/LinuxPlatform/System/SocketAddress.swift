import Glibc
import Netlink
import NetworkPrimitives

/// Conversions between our address values and the kernel's `sockaddr_in`/`sockaddr_in6`/`in_addr`.
package enum SocketAddress {
    static func inAddr(_ address: IPv4Address) -> in_addr {
        in_addr(s_addr: address.value.bigEndian)
    }

    static func ipv4(_ address: in_addr) -> IPv4Address {
        IPv4Address(UInt32(bigEndian: address.s_addr))
    }

    static func in6Addr(_ address: IPv6Address) -> in6_addr {
        var result = in6_addr()
        withUnsafeMutableBytes(of: &result) { raw in
            for (i, byte) in address.bytes.enumerated() { raw[i] = byte }
        }
        return result
    }

    static func ipv6(_ address: in6_addr) -> IPv6Address {
        withUnsafeBytes(of: address) { IPv6Address(bytes: Array($0)) } ?? IPv6Address(high: 0, low: 0)
    }

    /// A `sockaddr_in` (port in host order).
    package static func v4(_ address: IPv4Address, port: UInt16 = 0) -> sockaddr_in {
        var sa = sockaddr_in()
        sa.sin_family = sa_family_t(AF_INET)
        sa.sin_port = port.bigEndian
        sa.sin_addr = inAddr(address)
        return sa
    }

    /// A `sockaddr_in6` (port in host order); `scope` is required for link-local and link-scoped multicast peers.
    package static func v6(_ address: IPv6Address, port: UInt16 = 0, scope: InterfaceIndex = .any) -> sockaddr_in6 {
        var sa = sockaddr_in6()
        sa.sin6_family = sa_family_t(AF_INET6)
        sa.sin6_port = port.bigEndian
        sa.sin6_addr = in6Addr(address)
        sa.sin6_scope_id = UInt32(bitPattern: scope.rawValue)
        return sa
    }
}
