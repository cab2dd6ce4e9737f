/// Writes one node's keepalived.conf for a plan: a `vrrp_instance` per VIP, the same names and
/// virtual_router_ids on every node, this node's priority from the layout, `state MASTER` where it
/// is first. Vigil and keepalived 2.2.7 both read it (Docs/ScaleOut.md).
public enum KeepalivedConfigRenderer {
    /// The keepalived.conf text for node `node` of `plan`.
    public static func render(_ plan: ScaleOutPlan, node: Int) -> String {
        let me = plan.nodes[node]
        let mastered = plan.layout.mastered(by: node).map(plan.instanceName).joined(separator: " ")
        let everyone = plan.nodes.map(\.name).joined(separator: " ")
        var lines = [
            "! keepalived.conf for \(me.name), written by `vigil plan` (Docs/ScaleOut.md).",
            "! \(plan.vips.count) VIPs over \(everyone), tolerating \(plan.request.tolerate) failed node(s); "
                + "\(me.name) is master of: \(mastered.isEmpty ? "none" : mastered)",
            "global_defs {",
            "    router_id \(me.name)",
            "}",
        ]
        for vip in plan.vips.indices { lines += [""] + instance(plan, node: node, vip: vip) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func instance(_ plan: ScaleOutPlan, node: Int, vip: Int) -> [String] {
        let me = plan.nodes[node]
        let isMaster = plan.layout.rank(of: node, for: vip) == 0
        var lines = [
            "vrrp_instance \(plan.instanceName(of: vip)) {",
            "    state \(isMaster ? "MASTER" : "BACKUP")",
            "    interface \(me.interface)",
            "    virtual_router_id \(plan.virtualRouterID(of: vip))",
            "    priority \(plan.priority(of: node, for: vip))",
            "    advert_int \(plan.request.advertInterval)",
        ]
        if plan.vips[vip].family == .inet6 { lines.append("    version 3") }
        if plan.request.unicast {
            lines.append("    unicast_src_ip \(me.address)")
            lines.append("    unicast_peer {")
            lines += plan.nodes.indices.filter { $0 != node }.map { "        \(plan.nodes[$0].address)" }
            lines.append("    }")
        }
        lines += ["    virtual_ipaddress {", "        \(plan.vips[vip])", "    }", "}"]
        return lines
    }
}
