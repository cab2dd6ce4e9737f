import CNetShim
import Glibc
import Netlink
import NetworkPrimitives

/// The socket options of a `RawVRRPSocket`, per family.
enum RawVRRPSocketSetup {
    static func configureIPv4(_ fd: Int32, _ c: RawVRRPSocketConfiguration) throws(SystemError) {
        let ip = Int32(IPPROTO_IP)
        try System.setSocketOption(fd, level: ip, name: IP_TOS, value: Int32(c.trafficClass), label: "IP_TOS")
        // keepalived sends adverts without DF.
        try System.setSocketOption(
            fd, level: ip, name: IP_MTU_DISCOVER, value: Int32(IP_PMTUDISC_DONT), label: "IP_MTU_DISCOVER")
        try System.setSocketOption(fd, level: ip, name: IP_MULTICAST_TTL, value: 255, label: "IP_MULTICAST_TTL")
        try System.setSocketOption(fd, level: ip, name: IP_MULTICAST_LOOP, value: 0, label: "IP_MULTICAST_LOOP")
        try System.setSocketOption(fd, level: ip, name: IP_MULTICAST_ALL, value: 0, label: "IP_MULTICAST_ALL")
        var outgoing = ip_mreqn()
        outgoing.imr_ifindex = c.interfaceIndex.rawValue
        try System.setSocketOption(fd, level: ip, name: IP_MULTICAST_IF, bytes: &outgoing, label: "IP_MULTICAST_IF")
        if let ttl = c.unicastHopLimit {
            try System.setSocketOption(fd, level: ip, name: IP_TTL, value: Int32(ttl), label: "IP_TTL")
        }
        try System.setSocketOption(fd, level: ip, name: IP_PKTINFO, value: 1, label: "IP_PKTINFO")
        switch c.mode {
        case .multicast(let group): try joinIPv4(fd, group: group, c)
        case .unicast: try bindIPv4Source(fd, c)
        }
    }

    private static func joinIPv4(_ fd: Int32, group: IPAddress, _ c: RawVRRPSocketConfiguration) throws(SystemError) {
        guard case .v4(let address) = group else {
            throw SystemError(call: "IP_ADD_MEMBERSHIP(not IPv4)", errno: EINVAL)
        }
        var membership = ip_mreqn()
        membership.imr_multiaddr = SocketAddress.inAddr(address)
        membership.imr_ifindex = c.interfaceIndex.rawValue
        try System.setSocketOption(
            fd, level: Int32(IPPROTO_IP), name: IP_ADD_MEMBERSHIP, bytes: &membership, label: "IP_ADD_MEMBERSHIP")
        var bound = SocketAddress.v4(address)
        try System.bind(fd, address: &bound)
    }

    private static func bindIPv4Source(_ fd: Int32, _ c: RawVRRPSocketConfiguration) throws(SystemError) {
        guard case .v4(let source)? = c.sourceAddress else { return }
        try System.setSocketOption(fd, level: Int32(IPPROTO_IP), name: IP_FREEBIND, value: 1, label: "IP_FREEBIND")
        var bound = SocketAddress.v4(source)
        try System.bind(fd, address: &bound)
    }

    static func configureIPv6(_ fd: Int32, _ c: RawVRRPSocketConfiguration) throws(SystemError) {
        let ip6 = Int32(IPPROTO_IPV6)
        // The kernel computes the checksum (with the IPv6 pseudo-header) at byte 6 on send and
        // drops received datagrams whose checksum is wrong (RFC 5798 section 5.2.8).
        try System.setSocketOption(fd, level: ip6, name: IPV6_CHECKSUM, value: 6, label: "IPV6_CHECKSUM")
        try System.setSocketOption(
            fd, level: ip6, name: IPV6_TCLASS, value: Int32(c.trafficClass), label: "IPV6_TCLASS")
        try System.setSocketOption(fd, level: ip6, name: IPV6_MULTICAST_HOPS, value: 255, label: "IPV6_MULTICAST_HOPS")
        try System.setSocketOption(fd, level: ip6, name: IPV6_MULTICAST_LOOP, value: 0, label: "IPV6_MULTICAST_LOOP")
        try System.setSocketOption(fd, level: ip6, name: IPV6_MULTICAST_ALL, value: 0, label: "IPV6_MULTICAST_ALL")
        try System.setSocketOption(
            fd, level: ip6, name: IPV6_MULTICAST_IF, value: c.interfaceIndex.rawValue, label: "IPV6_MULTICAST_IF")
        if let hops = c.unicastHopLimit {
            try System.setSocketOption(
                fd, level: ip6, name: IPV6_UNICAST_HOPS, value: Int32(hops), label: "IPV6_UNICAST_HOPS")
        }
        try System.setSocketOption(fd, level: ip6, name: IPV6_RECVHOPLIMIT, value: 1, label: "IPV6_RECVHOPLIMIT")
        try System.setSocketOption(fd, level: ip6, name: IPV6_RECVPKTINFO, value: 1, label: "IPV6_RECVPKTINFO")
        switch c.mode {
        case .multicast(let group): try joinIPv6(fd, group: group, c)
        case .unicast: try bindIPv6Source(fd, c)
        }
    }

    private static func joinIPv6(_ fd: Int32, group: IPAddress, _ c: RawVRRPSocketConfiguration) throws(SystemError) {
        guard case .v6(let address) = group else {
            throw SystemError(call: "IPV6_ADD_MEMBERSHIP(not IPv6)", errno: EINVAL)
        }
        var membership = ipv6_mreq()
        membership.ipv6mr_multiaddr = SocketAddress.in6Addr(address)
        membership.ipv6mr_interface = UInt32(bitPattern: c.interfaceIndex.rawValue)
        try System.setSocketOption(
            fd, level: Int32(IPPROTO_IPV6), name: IPV6_ADD_MEMBERSHIP, bytes: &membership, label: "IPV6_ADD_MEMBERSHIP")
        var bound = SocketAddress.v6(address, scope: c.interfaceIndex)
        try System.bind(fd, address: &bound)
    }

    private static func bindIPv6Source(_ fd: Int32, _ c: RawVRRPSocketConfiguration) throws(SystemError) {
        guard case .v6(let source)? = c.sourceAddress else { return }
        try System.setSocketOption(fd, level: Int32(IPPROTO_IP), name: IP_FREEBIND, value: 1, label: "IP_FREEBIND")
        var bound = SocketAddress.v6(source, scope: source.isLinkLocal ? c.interfaceIndex : .any)
        try System.bind(fd, address: &bound)
    }
}
