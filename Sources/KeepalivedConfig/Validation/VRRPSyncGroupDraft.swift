/// A sync group as read; its members are resolved once every instance is known.
struct VRRPSyncGroupDraft {
    var group: SyncGroupBlock
    var nameToken: Token
    /// The member names as written, with their tokens.
    var memberTokens: [Token] = []
    /// Whether a `group { }` block was written at all.
    var hasGroupBlock = false
}
