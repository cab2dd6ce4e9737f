/// keepalived's `lvs_timeouts`: how long the load balancer keeps an idle connection of each kind;
/// nil leaves the kernel's value (Docs/Keepalived.md §4.4).
public struct ConnectionTimeouts: Hashable, Sendable {
    /// Established TCP connections (`lvs_timeouts tcp`).
    public var tcp: Duration?
    /// TCP connections after a FIN (`lvs_timeouts tcpfin`).
    public var tcpFin: Duration?
    /// UDP flows (`lvs_timeouts udp`).
    public var udp: Duration?

    public init(tcp: Duration? = nil, tcpFin: Duration? = nil, udp: Duration? = nil) {
        self.tcp = tcp
        self.tcpFin = tcpFin
        self.udp = udp
    }

    /// True when no timeout is set: the data plane is not asked to change anything.
    public var isEmpty: Bool { tcp == nil && tcpFin == nil && udp == nil }
}
