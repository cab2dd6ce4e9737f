import Glibc
import NetworkPrimitives

/// An IPv4 or IPv6 socket address for `connect`/`bind` in family-neutral storage (`SocketAddress`'s
/// `sockaddr_in`/`sockaddr_in6` in a `sockaddr_storage`), for callers that pick the family at run
/// time, such as the stream probe reactor.
package struct SocketAddressStorage {
    private var storage = sockaddr_storage()
    package private(set) var length: socklen_t = 0
    /// `AF_INET` or `AF_INET6`.
    package let family: Int32

    /// `address` and `port`; an IPv6 address gets the index of interface `scope` as its scope (pass
    /// it for link-local peers only).
    package init(_ address: IPAddress, port: UInt16, scope: InterfaceName?) {
        switch address {
        case .v4(let v4):
            family = AF_INET
            Self.store(SocketAddress.v4(v4, port: port), in: &storage)
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
        case .v6(let v6):
            family = AF_INET6
            var raw = SocketAddress.v6(v6, port: port)
            if let scope { raw.sin6_scope_id = if_nametoindex(scope.rawValue) }
            Self.store(raw, in: &storage)
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
        }
    }

    /// Calls `body` with the address as the kernel takes it.
    package func withSockAddr<T>(_ body: (UnsafePointer<sockaddr>, socklen_t) throws -> T) rethrows -> T {
        try withUnsafePointer(to: storage) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { try body($0, length) }
        }
    }

    private static func store<T>(_ value: T, in storage: inout sockaddr_storage) {
        withUnsafeMutableBytes(of: &storage) { target in
            withUnsafeBytes(of: value) { target.copyMemory(from: $0) }
        }
    }
}
