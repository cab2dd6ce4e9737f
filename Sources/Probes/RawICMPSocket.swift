import enum LinuxPlatform.System
import struct LinuxPlatform.SystemError
import NIOCore

/// Opens a raw ICMP or ICMPv6 socket connected to one address (`System.connectedRawICMPSocket`),
/// for NIO to take as an already-configured datagram socket: NIO's raw bootstrap cannot open an
/// IPv6 raw socket (it sets IPV6_V6ONLY, which Linux refuses on raw sockets with EINVAL).
enum RawICMPSocket {
    static func open(connectedTo remote: SocketAddress) throws -> CInt {
        let ipv6 = remote.protocol == .inet6
        do {
            return try remote.withSockAddr { address, length in
                try System.connectedRawICMPSocket(ipv6: ipv6, to: address, length: length)
            }
        } catch let error as SystemError {
            throw IOError(errnoCode: error.errno, reason: error.call)
        }
    }
}
