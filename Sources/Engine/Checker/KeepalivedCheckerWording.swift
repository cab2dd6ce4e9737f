import HealthCheck
import LoadBalancer
import NetworkPrimitives

/// keepalived's checker log lines, word for word where operators grep for them (`check_tcp.c`,
/// `check_http.c`, `check_misc.c`, `ipwrapper.c`; Docs/Keepalived.md §6.4).
public enum KeepalivedCheckerWording {
    /// `[10.0.1.1]:tcp:8080`: a real server in its virtual server's service type.
    public static func service(_ address: IPAddress, port: UInt16, in definition: VirtualServerDefinition) -> String {
        "[\(address)]:\(definition.protocol.rawValue):\(port)"
    }

    /// The line a checker logs when a check passes while it was DOWN or had not run yet.
    public static func success(_ spec: ProbeSpec, _ label: CheckerLabel) -> String {
        let rs = label.realServer
        switch spec {
        case .tcpConnect: return "TCP connection to \(rs) success."
        case .http: return "Remote Web server \(rs) succeed on service."
        case .misc(let probe):
            return "Misc check for [\(rs) VS \(label.virtualServer)] by [\(program(probe))] succeeded."
        case .smtp: return "Remote SMTP server \(rs) succeed on service."
        case .dns: return "DNS_CHECK (\(rs)) succeeded."
        case .udp: return "UDP connection to \(rs) success."
        case .ping: return "ICMP connection to \(rs) success."
        case .file(let probe): return "(\(rs)): tracked file \(probe.path) leaving FAULT state"
        }
    }

    /// The line a checker logs when it goes DOWN (or fails its first check); `retries` is the
    /// schedule's `retry` once the checker has run before, nil otherwise.
    public static func failure(_ spec: ProbeSpec, _ label: CheckerLabel, retries: Int?, reason: String) -> String {
        let rs = label.realServer
        let after = retries.map { " after \($0) retries" } ?? ""
        switch spec {
        case .tcpConnect: return "TCP_CHECK on service \(rs) failed\(after)."
        case .http(let probe): return "\(probe.tls == nil ? "HTTP" : "SSL")_CHECK on service \(rs) failed\(after)."
        case .misc(let probe): return miscFailure(probe, label, retries: retries, reason: reason)
        case .smtp: return "SMTP_CHECK on service \(rs) failed\(after)."
        case .dns: return "DNS_CHECK (\(rs)) \(reason)\(after)"
        case .udp: return "UDP_CHECK on service \(rs) failed\(after)."
        case .ping:
            return retries.map { "ICMP CHECK on service \(rs) of \(label.virtualServer) failed after \($0) retries." }
                ?? "ICMP CHECK on service \(rs) failed."
        case .file(let probe): return "(\(rs)): tracked file \(probe.path) now FAULT state (\(reason))"
        }
    }

    /// The line `log_all_failures` adds for one failed check of a checker that is UP, with the
    /// probe's reason; the line of the failure that takes the checker DOWN follows it as usual.
    public static func failedAttempt(_ spec: ProbeSpec, _ label: CheckerLabel, reason: String) -> String {
        let rs = label.realServer
        switch spec {
        case .tcpConnect: return "TCP connection to \(rs) failed (\(reason))."
        case .http(let probe):
            return "\(probe.tls == nil ? "HTTP" : "SSL")_CHECK on service \(rs): check failed (\(reason))."
        case .misc(let probe):
            return "Misc check for [\(rs) VS \(label.virtualServer)] by [\(program(probe))] failed (\(reason))."
        case .smtp: return "SMTP_CHECK on service \(rs): check failed (\(reason))."
        case .dns: return "DNS_CHECK (\(rs)) \(reason)"
        case .udp: return "UDP connection to \(rs) failed (\(reason))."
        case .ping: return "ICMP connection to \(rs) failed (\(reason))."
        case .file(let probe): return "(\(rs)): tracked file \(probe.path) check failed (\(reason))"
        }
    }

    private static func miscFailure(_ probe: MiscProbe, _ label: CheckerLabel, retries: Int?, reason: String) -> String
    {
        let tail =
            switch retries {
            case .none, .some(0): " with retry disabled"
            case .some(1): " after 1 retry"
            case .some(let n): " after \(n) retries"
            }
        return
            "Misc check for [\(label.realServer) VS \(label.virtualServer)] by [\(program(probe))] failed\(tail) (\(reason))."
    }

    private static func program(_ probe: MiscProbe) -> String {
        String(probe.command.split(separator: " ").first ?? "")
    }

    /// `Adding service …`, `Removing service …`, or with `inhibit_on_failure` `Enabling`/`Disabling`.
    public static func realServerChanged(_ rs: String, of vs: VirtualServerID, alive: Bool, inhibit: Bool) -> String {
        switch (alive, inhibit) {
        case (true, false): "Adding service \(rs) to VS \(vs)"
        case (false, false): "Removing service \(rs) from VS \(vs)"
        case (true, true): "Enabling service \(rs) of VS \(vs)"
        case (false, true): "Disabling service \(rs) of VS \(vs)"
        }
    }

    public static func quorumGained(_ vs: VirtualServerID, policy: QuorumPolicy, weightSum: Int, initial: Bool)
        -> String
    {
        let verb = initial ? "Starting with quorum up" : "Gained quorum"
        return "\(verb) \(policy.quorum)+\(policy.hysteresis)=\(policy.gainThreshold) <= \(weightSum) for VS \(vs)"
    }

    public static func quorumLost(_ vs: VirtualServerID, policy: QuorumPolicy, weightSum: Int, initial: Bool) -> String
    {
        // keepalived prints the gain threshold at start-up and the loss threshold afterwards.
        let threshold = initial ? policy.gainThreshold : policy.lossThreshold
        let verb = initial ? "Starting with quorum down" : "Lost quorum"
        return "\(verb) \(policy.quorum)-\(policy.hysteresis)=\(threshold) > \(weightSum) for VS \(vs)"
    }

    public static func sorryServerEntered(_ sorry: String, of vs: VirtualServerID, inhibit: Bool) -> [String] {
        [
            "\(inhibit ? "Enabling" : "Adding") sorry server \(sorry) to VS \(vs)",
            "Removing alive servers from the pool for VS \(vs)",
        ]
    }

    public static func sorryServerLeft(_ sorry: String, of vs: VirtualServerID, inhibit: Bool) -> [String] {
        [
            "\(inhibit ? "Disabling" : "Removing") sorry server \(sorry) from VS \(vs)",
            "Adding alive servers to the pool for VS \(vs)",
        ]
    }

    public static func weightChanged(_ rs: String, of vs: VirtualServerID, from old: Int, to new: Int, active: Bool)
        -> String
    {
        "Changing weight from \(old) to \(new) for \(active ? "" : "in")active service \(rs) of VS \(vs)"
    }

    public static func virtualServerRemoved(_ vs: VirtualServerID) -> String { "Removing Virtual Server \(vs)" }
}
