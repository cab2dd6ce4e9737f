/// The DNS round-robin records of a plan: one A (or AAAA) record per VIP under one name, as a
/// zone-file snippet, so clients spread over the VIPs and the VIPs over the nodes.
public enum ZoneRecordsRenderer {
    /// The snippet: a comment line, then `NAME TTL IN A|AAAA ADDRESS` per VIP.
    public static func render(_ plan: ScaleOutPlan) -> String {
        let name = plan.request.dnsName
        var lines = [
            "; \(plan.vips.count) VIPs of `vigil plan`, one record each: DNS round robin spreads clients over them."
        ]
        for vip in plan.vips {
            let type = vip.family == .inet6 ? "AAAA" : "A"
            lines.append("\(name)\t\(plan.request.dnsTTL)\tIN\t\(type)\t\(vip.address)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
