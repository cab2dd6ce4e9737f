import NetworkPrimitives

/// One client a persistent DR service remembers: the client address (masked to the persistence
/// granularity) and how long the entry has left, as `nft list` shows it.
public struct NFTablesPersistedClient: Hashable, Sendable {
    public var address: IPAddress
    public var expires: Duration

    public init(address: IPAddress, expires: Duration) {
        self.address = address
        self.expires = expires
    }
}
