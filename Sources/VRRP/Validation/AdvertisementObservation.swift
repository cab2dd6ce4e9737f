import NetworkPrimitives

/// Something worth logging about an advert that was nevertheless accepted.
public enum AdvertisementObservation: Hashable, Sendable {
    /// The advert's VIPs differ from ours in count or content; keepalived >= 2.3.3 logs and
    /// accepts (Docs/Keepalived.md §3.5 step 12; 2.2.7 rejects, Docs/Keepalived.md §3.19).
    case addressListMismatch(expected: [IPAddress], received: [IPAddress])
    /// A v3 advert interval other than ours: logged only (step 8, RFC 5798 section 6.4.2).
    case intervalMismatchV3(received: Duration, configured: Duration)
    /// The unicast v3 checksum failed with the real destination but passed with 224.0.0.18: the
    /// sender is keepalived <= 1.3.6 and the instance should send that way too (Docs/Keepalived.md §3.3).
    case oldUnicastChecksumDetected
    /// `v3_checksum_as_v2`: the checksum was wrong, and keepalived does not check it then.
    case checksumIgnored(received: UInt16, expected: UInt16)

    /// A stable name for counting this observation.
    public var counterName: String {
        switch self {
        case .addressListMismatch: "addr_list_err"
        case .intervalMismatchV3: "advert_interval_mismatch"
        case .oldUnicastChecksumDetected: "old_unicast_checksum"
        case .checksumIgnored: "chk_err_ignored"
        }
    }
}
