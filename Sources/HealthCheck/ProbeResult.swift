/// The outcome of one probe, as the OS-side probe runner reports it.
public enum ProbeResult: Hashable, Sendable {
    /// The probe passed.
    case success
    /// The probe failed; `reason` is shown in the checker's down log line.
    case failure(reason: String)
    /// The probe passed and set the real server's dynamic weight (MISC_CHECK with `misc_dynamic`);
    /// `nil` restores the configured weight (Docs/Keepalived.md §4.1).
    case successWithWeight(Int?)

    /// True for both kinds of success.
    public var isSuccess: Bool {
        switch self {
        case .success, .successWithWeight: true
        case .failure: false
        }
    }
}
