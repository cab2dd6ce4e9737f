/// Why applying an nftables script failed.
public enum NFTablesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The `nft` process could not be started.
    case spawnFailed(executable: String, errno: Int32)
    /// A pipe or wait call failed.
    case io(call: String, errno: Int32)
    /// `nft` did not finish in time and was killed.
    case timedOut(after: Duration)
    /// `nft` refused the script or the kernel refused the transaction; nothing was changed.
    case rejected(exitStatus: Int32, message: String)

    public var description: String {
        switch self {
        case .spawnFailed(let executable, let errno): "cannot start \(executable): errno \(errno)"
        case .io(let call, let errno): "\(call) failed: errno \(errno)"
        case .timedOut(let after): "nft did not finish within \(after)"
        case .rejected(let status, let message): "nft exited with status \(status): \(message)"
        }
    }
}
