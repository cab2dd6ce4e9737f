/// A `vrrp_script NAME { }` block: a command run periodically whose exit status tracks an
/// instance's health (Docs/Keepalived.md §2.3 and §3.14).
public struct VRRPScript: Hashable, Sendable {
    public var name: String
    public var location: SourceLocation
    /// `script`: the command (required; keepalived removes a script without one).
    public var script: ScriptCommand
    /// `interval`: run period, 1 s by default.
    public var interval: Duration
    /// `timeout`: a run taking longer fails; defaults to `interval`.
    public var timeout: Duration
    /// `weight N [reverse]`: 0 by default (a failure faults the instance).
    public var weight: TrackingWeight
    /// `rise`: consecutive successes needed to become OK.
    public var rise: Int
    /// `fall`: consecutive failures needed to become KO.
    public var fall: Int
    /// `user NAME [GROUP]`: who runs it; `nil` means `script_user`.
    public var user: String?
    public var group: String?
    /// `init_fail`: start failed instead of letting the first result decide.
    public var initFail: Bool

    public init(name: String, location: SourceLocation, script: ScriptCommand) {
        self.name = name
        self.location = location
        self.script = script
        interval = .seconds(1)
        timeout = .seconds(1)
        weight = .fault
        rise = 1
        fall = 1
        initFail = false
    }
}
