/// The text `vigil plan` prints: the request in one line, the priority table (a row per VIP, a
/// column per node), the VIPs and load per node under every tolerated failure, and the verdict.
public enum PlanReport {
    public static func render(_ plan: ScaleOutPlan) -> String {
        var lines = [summary(plan), ""] + priorityTable(plan) + [""] + failureTable(plan) + [""]
        lines += verdict(plan)
        return lines.joined(separator: "\n") + "\n"
    }

    static func summary(_ plan: ScaleOutPlan) -> String {
        let tolerate = plan.request.tolerate
        var text =
            "vigil plan: \(plan.nodes.count) nodes, \(plan.vips.count) VIPs, tolerating \(tolerate) failed node"
            + (tolerate == 1 ? "" : "s")
        if let load = plan.load, let capacity = plan.request.capacity {
            text += "; \(load.carried(by: 1)) per VIP, \(capacity) per node"
        }
        return text
    }

    /// Priorities: `VIP  VRID  lb1  lb2 ...  master`.
    static func priorityTable(_ plan: ScaleOutPlan) -> [String] {
        var rows = [["VIP", "VRID"] + plan.nodes.map(\.name) + ["master"]]
        for vip in plan.vips.indices {
            rows.append(
                ["\(plan.vips[vip])", "\(plan.virtualRouterID(of: vip))"]
                    + plan.nodes.indices.map { "\(plan.priority(of: $0, for: vip))" }
                    + [plan.nodes[plan.layout.rankings[vip][0]].name])
        }
        return ["Priorities (vrrp_instance VIP_n, highest holds the VIP):"] + table(rows)
    }

    /// VIPs (and load) per node under each failure set: `down  lb1  lb2 ...`.
    static func failureTable(_ plan: ScaleOutPlan) -> [String] {
        var rows = [["down"] + plan.nodes.map(\.name)]
        for outcome in plan.outcomes {
            let down =
                outcome.failed.nodes.isEmpty
                ? "none" : outcome.failed.nodes.map { plan.nodes[$0].name }.joined(separator: ",")
            rows.append([down] + plan.nodes.indices.map { cell(plan, outcome, node: $0) })
        }
        let unit = plan.load == nil ? "VIPs held" : "VIPs held, load"
        return ["\(unit) per node, with no node down and after every tolerated failure:"] + table(rows)
    }

    static func cell(_ plan: ScaleOutPlan, _ outcome: FailureOutcome, node: Int) -> String {
        guard !outcome.failed.contains(node) else { return "-" }
        let count = outcome.counts[node]
        guard let load = plan.load, let capacity = plan.request.capacity else { return "\(count)" }
        let flag = outcome.overloaded.contains(node) ? " OVER" : ""
        return "\(count) \(load.gigabits(carriedBy: count)) (\(load.percent(count, of: capacity))%)\(flag)"
    }

    static func verdict(_ plan: ScaleOutPlan) -> [String] {
        switch plan.verdict {
        case .fits:
            var line = "Fits: every VIP has a master and every tolerated failure leaves the survivors even"
            if let load = plan.load, let capacity = plan.request.capacity, let worst = plan.worstOutcome {
                line +=
                    "; the busiest survivor carries \(load.carried(by: worst.busiest)) of \(capacity) "
                    + "(\(load.percent(worst.busiest, of: capacity))%) \(when(worst.failed, plan))"
            }
            return [line + "."]
        case .overloaded(let failed, let node, let count, let anyLayout):
            let load = plan.load.map { " (\($0.carried(by: count)))" } ?? ""
            let capacity = plan.request.capacity.map { " of \($0)" } ?? ""
            var lines = [
                "No layout fits: \(when(failed, plan)), \(plan.nodes[node].name) holds \(count) VIPs\(load), "
                    + "over its link\(capacity)."
            ]
            if anyLayout {
                let survivors = plan.nodes.count - failed.nodes.count
                lines.append(
                    "Any layout would: \(plan.vips.count) VIPs on \(survivors) survivors put at least "
                        + "\((plan.vips.count + survivors - 1) / survivors) on one of them.")
            }
            return lines + suggestion(plan)
        case .uneven(let failed, let counts):
            let held = counts.indices.filter { !failed.contains($0) }.map { "\(plan.nodes[$0].name) \(counts[$0])" }
            return [
                "No even layout found: \(when(failed, plan)), the survivors hold \(held.joined(separator: ", ")) VIPs.",
                "Some VIP counts cannot be spread evenly under every tolerated failure (Docs/ScaleOut.md).",
            ] + suggestion(plan)
        }
    }

    /// "after lb1 and lb2 fail", or "with no node down".
    static func when(_ set: FailureSet, _ plan: ScaleOutPlan) -> String {
        guard !set.nodes.isEmpty else { return "with no node down" }
        let names = set.nodes.map { plan.nodes[$0].name }.joined(separator: " and ")
        return "after \(names) fail" + (set.nodes.count == 1 ? "s" : "")
    }

    static func suggestion(_ plan: ScaleOutPlan) -> [String] {
        guard let count = plan.evenVIPCount else { return [] }
        return [
            "\(count) VIPs spread exactly evenly with no node down and after every tolerated failure (--vips \(count))."
        ]
    }

    /// Left-aligned columns two spaces apart.
    static func table(_ rows: [[String]]) -> [String] {
        let widths = (0..<(rows.map(\.count).max() ?? 0)).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { row in
            var line = ""
            for (column, text) in row.enumerated() {
                line +=
                    column == row.count - 1
                    ? text : text + String(repeating: " ", count: widths[column] - text.count + 2)
            }
            return "  " + line
        }
    }
}
