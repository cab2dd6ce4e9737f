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

    public static let defaultControlSocket = "/run/bird/bird.ctl"
    public static let defaultRoutesFile = "/etc/bird/vigil-routes.conf"
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
