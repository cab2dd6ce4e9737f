import Glibc
import LinuxPlatform
import Netlink
import NetworkPrimitives

/// Raw IP datagrams of one protocol sent to an IPv4 multicast group from inside a namespace, each
/// with its own TTL: bad VRRP packets aimed at a backup, for instance. The socket is opened on a
/// thread inside the namespace and the datagrams go out through `System`.
public enum MulticastFlood {
    /// One datagram (the IP payload) and the multicast TTL it is sent with.
    public struct Packet: Sendable {
        public var bytes: [UInt8]
        public var ttl: Int32

        public init(bytes: [UInt8], ttl: Int32) {
            self.bytes = bytes
            self.ttl = ttl
        }
    }

    /// Sends `count` datagrams round-robin over `packets` to `group` out of `interface` in
    /// `namespace`, pausing 2 ms after every 500 so the flood lasts; returns how many were sent
    /// (0 when the namespace, the interface or the socket could not be had).
    public static func send(
        namespace: String, interface: InterfaceName = "eth0", group: IPv4Address, ipProtocol: Int32 = 112,
        packets: [Packet], count: Int
    ) async -> Int {
        await withCheckedContinuation { continuation in
            do {
                try NetworkNamespace.startThread(named: namespace, threadName: "vigil-flood") {
                    continuation.resume(
                        returning: flood(interface: interface, group: group, ipProtocol: ipProtocol, packets, count))
                }
            } catch {
                continuation.resume(returning: 0)
            }
        }
    }

    private static func flood(
        interface: InterfaceName, group: IPv4Address, ipProtocol: Int32, _ packets: [Packet], _ count: Int
    ) -> Int {
        guard !packets.isEmpty, let index = try? InterfaceDirectory().index(of: interface),
            let socket = try? SocketHandle(
                domain: AF_INET, type: Int32(SOCK_RAW.rawValue), protocol: ipProtocol, nonBlocking: false)
        else { return 0 }
        defer { socket.close() }
        let fd = socket.descriptor
        var request = ip_mreqn()
        request.imr_ifindex = index.rawValue
        // Without it the datagrams leave by the namespace's default route, which the count still shows.
        _ = try? System.setSocketOption(
            fd, level: Int32(IPPROTO_IP), name: IP_MULTICAST_IF, bytes: &request, label: "IP_MULTICAST_IF")
        var destination = SocketAddress.v4(group)
        var sent = 0
        for i in 0..<count {
            let packet = packets[i % packets.count]
            _ = try? System.setSocketOption(
                fd, level: Int32(IPPROTO_IP), name: IP_MULTICAST_TTL, value: packet.ttl, label: "IP_MULTICAST_TTL")
            if let n = try? System.sendTo(fd, packet.bytes, address: &destination), n > 0 { sent += 1 }
            if i % 500 == 499 { System.sleep(for: .milliseconds(2)) }
        }
        return sent
    }
}
