import NetworkPrimitives

/// One `announce PREFIX { }` block of `vigil_bgp`: the prefix is announced while every virtual server
/// whose address lies in it has quorum and every tracked `vrrp_script` passes.
public struct BGPAnnouncement: Hashable, Sendable {
    public var prefix: IPPrefix
    /// `track_script { NAME }`: `vrrp_script`s defined earlier in the file; weights are ignored.
    public var trackScripts: [TrackedScript]
    public var location: SourceLocation

    public init(prefix: IPPrefix, trackScripts: [TrackedScript] = [], location: SourceLocation) {
        self.prefix = prefix
        self.trackScripts = trackScripts
        self.location = location
    }
}
