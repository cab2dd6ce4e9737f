import NetworkPrimitives

/// The Vigil-only `vigil_bgp { }` block: the prefixes this director announces through a BIRD 2
/// routing daemon while it is healthy, and how to reach that daemon (Docs/ScaleOut-BGP.md).
/// keepalived has no such block; a configuration without it runs as before.
public struct BGPSettings: Hashable, Sendable {
    /// `control_socket PATH`: BIRD's control socket, as `birdc -s` takes it.
    public var controlSocket: String
    /// `routes_file PATH`: the file Vigil rewrites with the announced routes; bird.conf includes it.
    public var routesFile: String
    /// `birdc PATH`: the control client Vigil runs after each rewrite (`birdc -s SOCKET configure`).
    public var birdc: String
    /// `announce PREFIX { }` blocks, in the order written.
    public var announcements: [BGPAnnouncement]

    /// BIRD's own default control socket.
    public static let defaultControlSocket = "/run/bird/bird.ctl"
    /// Beside Debian's /etc/bird/bird.conf.
    public static let defaultRoutesFile = "/etc/bird/vigil-routes.conf"
    /// Debian's bird2 package installs it here.
    public static let defaultBirdc = "/usr/sbin/birdc"

    public init(
        controlSocket: String = Self.defaultControlSocket, routesFile: String = Self.defaultRoutesFile,
        birdc: String = Self.defaultBirdc, announcements: [BGPAnnouncement] = []
    ) {
        self.controlSocket = controlSocket
        self.routesFile = routesFile
        self.birdc = birdc
        self.announcements = announcements
    }
}
