import Glibc
import NIOCore

/// Opens a raw ICMP or ICMPv6 socket connected to one address. NIO's raw bootstrap cannot open an
/// IPv6 raw socket (it sets IPV6_V6ONLY, which Linux refuses on raw sockets with EINVAL), so the
/// socket is made here and handed to NIO as an already-configured datagram socket.
enum RawICMPSocket {
    static func open(connectedTo remote: SocketAddress) throws -> CInt {
        let isIPv6 = remote.protocol == .inet6
        let family = isIPv6 ? AF_INET6 : AF_INET
        let proto = isIPv6 ? CInt(IPPROTO_ICMPV6) : CInt(IPPROTO_ICMP)
        let fd = socket(
            family, Int32(SOCK_RAW.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), proto)
        guard fd >= 0 else { throw IOError(errnoCode: errno, reason: "socket") }
        let status = remote.withSockAddr { address, length in connect(fd, address, socklen_t(length)) }
        guard status == 0 else {
            let code = errno
            close(fd)
            throw IOError(errnoCode: code, reason: "connect")
        }
        return fd
    }
}
