import ArgumentParser
import LinuxPlatform
import NetworkPrimitives
import ScaleOut
import Glibc

extension PlanCommand {
    /// The arguments as a `PlanRequest`; a value that does not parse is a usage error.
    func request() throws -> PlanRequest {
        let nodes = try nodes.map { text in
            guard let node = PlanNode(text) else {
                throw ValidationError("--node '\(text)': expected NAME:INTERFACE:ADDRESS")
            }
            return node
        }
        return PlanRequest(
            nodes: nodes, vips: try vips(), tolerate: tolerate, load: try load(),
            capacity: try capacity.map { try Self.rate($0, option: "--capacity") }, firstVirtualRouterID: firstVRID,
            advertInterval: advertInterval, unicast: unicast, dnsName: dnsName, dnsTTL: dnsTTL)
    }

    func vips() throws -> PlanRequest.VIPChoice {
        if !vipList.isEmpty {
            guard firstVIP == nil, vipCount == nil else {
                throw ValidationError("--vip excludes --first-vip and --vips")
            }
            return .list(try vipList.map { try Self.prefix($0, option: "--vip") })
        }
        guard let firstVIP else {
            throw ValidationError("no VIPs: give --vip, or --first-vip (with --vips or --total-load)")
        }
        let first = try Self.prefix(firstVIP, option: "--first-vip")
        if let vipCount {
            guard (1...255).contains(vipCount) else {
                throw ValidationError("--vips \(vipCount) is out of range (1 to 255)")
            }
            return .count(vipCount, first: first)
        }
        return .automatic(first: first)
    }

    func load() throws -> PlanRequest.LoadChoice? {
        switch (loadPerVIP, totalLoad) {
        case (.some, .some): throw ValidationError("--load-per-vip and --total-load exclude each other")
        case (.some(let text), nil): return .perVIP(try Self.rate(text, option: "--load-per-vip"))
        case (nil, .some(let text)): return .total(try Self.rate(text, option: "--total-load"))
        case (nil, nil): return nil
        }
    }

    static func prefix(_ text: String, option: String) throws -> IPPrefix {
        guard let prefix = IPPrefix(text) else { throw ValidationError("\(option) '\(text)': expected ADDRESS[/LEN]") }
        return prefix
    }

    static func rate(_ text: String, option: String) throws -> Bandwidth {
        guard let rate = Bandwidth(text) else {
            throw ValidationError("\(option) '\(text)': expected a rate such as 1.5 (Gbit/s), 1.5G or 750M")
        }
        return rate
    }

    /// Writes `DIR/NODE/keepalived.conf` for every node and `DIR/dns-records.zone`, then lists them.
    func write(_ plan: ScaleOutPlan, to directory: String) throws {
        var written: [String] = []
        do {
            try Self.makeDirectory(directory)
            for node in plan.nodes.indices {
                let folder = "\(directory)/\(plan.nodes[node].name)"
                try Self.makeDirectory(folder)
                try TextFile.write(KeepalivedConfigRenderer.render(plan, node: node), to: "\(folder)/keepalived.conf")
                written.append("\(folder)/keepalived.conf")
            }
            try TextFile.write(ZoneRecordsRenderer.render(plan), to: "\(directory)/dns-records.zone")
            written.append("\(directory)/dns-records.zone")
        } catch {
            RunCommand.complain("vigil plan: \(error)")
            throw ExitCode(1)
        }
        print("\nWrote:\n" + written.map { "  \($0)" }.joined(separator: "\n"))
    }

    /// `mkdir DIR` (mode 0755); an existing directory is fine.
    static func makeDirectory(_ path: String) throws(SystemError) {
        do {
            try System.makeDirectory(path, mode: 0o755)
        } catch  where error.errno == EEXIST {
            return
        }
    }
}
