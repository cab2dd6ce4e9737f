/// What an idempotent address change did.
public enum AddressChangeOutcome: Hashable, Sendable {
    /// The kernel applied the change.
    case applied
    /// The kernel already had the requested state (`EEXIST` on add, `EADDRNOTAVAIL` on remove).
    case alreadyInState
}
