import CNetShim
import Glibc

/// What the health-check probes (the Probes module) need of the kernel beyond swift-nio: limits,
/// socket option and protocol numbers, interface indexes, error texts and the raw ICMP socket, so
/// that Probes itself imports no libc.
extension System {
    /// The soft limit on open descriptors (`RLIMIT_NOFILE`), nil when it cannot be read.
    package static func openFileLimit() -> UInt64? {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return nil }
        return UInt64(limit.rlim_cur)
    }

    /// `strerror` text for `code`, e.g. "Connection refused".
    package static func errorText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return String(cString: text)
    }

    /// The index of interface `name` (`if_nametoindex`), 0 when there is none.
    package static func interfaceIndex(named name: String) -> UInt32 {
        if_nametoindex(name)
    }

    /// Numbers the probes pass to swift-nio's socket options and bootstraps.
    package enum SocketNumber {
        /// `SOL_SOCKET`.
        package static let socketLevel = Int32(SOL_SOCKET)
        /// `SO_MARK`: the probe's `fwmark`.
        package static let mark = Int32(SO_MARK)
        /// `SO_REUSEADDR`.
        package static let reuseAddress = Int32(SO_REUSEADDR)
        /// `IPPROTO_ICMPV6`.
        package static let icmpv6Protocol = Int32(IPPROTO_ICMPV6)
    }

    /// Error numbers the probes tell apart.
    package enum ErrorNumber {
        package static let connectionReset = ECONNRESET
        package static let accessDenied = EACCES
        package static let notPermitted = EPERM
        package static let protocolNotSupported = EPROTONOSUPPORT
    }

    /// A non-blocking TCP socket of `family` (`AF_INET` or `AF_INET6`).
    package static func streamSocket(family: Int32) throws(SystemError) -> Int32 {
        try socket(domain: family, type: Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), protocol: 0)
    }

    /// A non-blocking, close-on-exec raw ICMP (or ICMPv6) socket connected to `address`; swift-nio's
    /// raw bootstrap cannot open an IPv6 raw socket (it sets IPV6_V6ONLY, which Linux refuses on raw
    /// sockets with EINVAL), so the probes take this one as an already-configured datagram socket.
    package static func connectedRawICMPSocket(
        ipv6: Bool, to address: UnsafePointer<sockaddr>, length: Int
    ) throws(SystemError) -> Int32 {
        let fd = try socket(
            domain: ipv6 ? AF_INET6 : AF_INET,
            type: Int32(SOCK_RAW.rawValue) | Int32(SOCK_NONBLOCK.rawValue),
            protocol: ipv6 ? Int32(IPPROTO_ICMPV6) : Int32(IPPROTO_ICMP))
        do throws(SystemError) {
            _ = try retrying("connect") { Glibc.connect(fd, address, socklen_t(length)) }
        } catch {
            close(fd)
            throw error
        }
        return fd
    }
}
