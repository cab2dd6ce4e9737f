/// What an instance watches to change its priority or go to FAULT (Docs/Keepalived.md §3.14, §3.16).
public struct VRRPTracking: Hashable, Sendable {
    /// `track_interface`.
    public var interfaces: [TrackedInterface]
    /// `track_script`.
    public var scripts: [TrackedScript]
    /// `track_file`.
    public var files: [TrackedFile]
    /// False when `dont_track_primary` was written: the instance's own interface going down is ignored.
    public var tracksOwnInterface: Bool
    /// `track_src_ip`: FAULT when the configured source address is missing.
    public var tracksSourceAddress: Bool

    public init() {
        interfaces = []
        scripts = []
        files = []
        tracksOwnInterface = true
        tracksSourceAddress = false
    }
}
