import KeepalivedConfig

/// What `vigil check` says about `lb_kind TUN` where IPVS is missing: the nftables data plane,
/// Vigil's fallback, forwards NAT and DR only, so the daemon would leave tunnelled real servers out.
public enum TunnelNotice {
    /// One GCC-style warning per virtual server with a tunnelled real server or sorry server; none
    /// when IPVS is there to carry them.
    public static func lines(_ configuration: KeepalivedConfiguration, ipvsAvailable: Bool) -> [String] {
        guard !ipvsAvailable else { return [] }
        return configuration.virtualServers.compactMap { server in
            let methods =
                [server.forwardingMethod] + server.realServers.map(\.forwardingMethod)
                + (server.sorryServer.map { [$0.forwardingMethod] } ?? [])
            guard methods.contains(where: isTunnel) else { return nil }
            return "\(server.location): warning: virtual_server \(server.address): lb_kind TUN is not supported "
                + "on nftables, and this kernel has no IPVS: its tunnelled real servers would carry no traffic"
        }
    }

    private static func isTunnel(_ method: LBKind) -> Bool {
        switch method {
        case .tunnel: true
        case .nat, .directRouting: false
        }
    }
}
