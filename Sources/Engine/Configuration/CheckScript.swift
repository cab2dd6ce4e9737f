/// A `vrrp_script` block (Docs/Keepalived.md §2.3): run every `interval`, a non-zero exit,
/// signal or timeout is a failure, `rise`/`fall` consecutive results change its state.
public struct CheckScript: Hashable, Sendable {
    public var name: String
    public var command: ScriptLine
    public var interval: Duration
    public var timeout: Duration
    public var rise: Int
    public var fall: Int
    /// `init_fail`: start failed instead of letting the first result decide.
    public var initiallyFailed: Bool

    public init(
        name: String, command: ScriptLine, interval: Duration = .seconds(1), timeout: Duration? = nil,
        rise: Int = 1, fall: Int = 1, initiallyFailed: Bool = false
    ) {
        self.name = name
        self.command = command
        self.interval = interval
        self.timeout = timeout ?? interval
        self.rise = rise
        self.fall = fall
        self.initiallyFailed = initiallyFailed
    }
}
