/// What a parse needs besides the files: the config id for `@ID` lines and `${_INSTANCE}`, the limits,
/// and the seed of `${_RANDOM}` (no clock is read, so a parse is reproducible).
public struct ParseOptions: Sendable {
    /// keepalived's `-i/--config-id`; the CLI defaults it to the short host name.
    public var configID: String
    public var limits: ParseLimits
    public var randomSeed: UInt64
    /// Directory that relative paths (and `${_PWD}` of a file named relatively) are resolved against.
    public var workingDirectory: String?
    /// Keywords whose line keepalived re-tokenises itself (scripts, notifies), where an unmatched `"` in a
    /// later word is not an error.
    public var mismatchedQuoteKeywords: Set<String>

    public init(
        configID: String, limits: ParseLimits = ParseLimits(), randomSeed: UInt64 = 0,
        workingDirectory: String? = nil,
        mismatchedQuoteKeywords: Set<String> = ParseOptions.scriptKeywords
    ) {
        self.configID = configID
        self.limits = limits
        self.randomSeed = randomSeed
        self.workingDirectory = workingDirectory
        self.mismatchedQuoteKeywords = mismatchedQuoteKeywords
    }

    /// keepalived's keywords installed with quoted re-tokenisation (Docs/Keepalived.md §2.1, "Script strings").
    public static let scriptKeywords: Set<String> = [
        "lvs_notify_fifo_script", "misc_path", "notify", "notify_backup", "notify_deleted", "notify_down",
        "notify_fault", "notify_fifo_script", "notify_master", "notify_master_rx_lower_pri", "notify_stop",
        "notify_up", "quorum_down", "quorum_up", "script", "shutdown_script", "startup_script",
        "vrrp_notify_fifo_script",
    ]
}
