import Glibc
import LinuxPlatform
import NetworkPrimitives

/// A socket address for `connect`/`bind` (LinuxPlatform's `SocketAddress` in family-neutral
/// storage), without going through swift-nio; an IPv6 link-local address gets the scope of `bind_if`.
struct StreamProbeAddress {
    private var storage = sockaddr_storage()
    private(set) var length: socklen_t = 0
    let family: Int32

    init(_ address: IPAddress, port: UInt16, scope: InterfaceName?) {
        switch address {
        case .v4(let v4):
            family = AF_INET
            Self.store(SocketAddress.v4(v4, port: port), in: &storage)
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
        case .v6(let v6):
            family = AF_INET6
            var raw = SocketAddress.v6(v6, port: port)
            if let scope, address.isIPv6LinkLocal { raw.sin6_scope_id = if_nametoindex(scope.rawValue) }
            Self.store(raw, in: &storage)
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
        }
    }

    /// Calls `body` with the address as the kernel takes it.
    func withSockAddr<T>(_ body: (UnsafePointer<sockaddr>, socklen_t) throws -> T) rethrows -> T {
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
