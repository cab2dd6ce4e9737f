import Foundation
import Glibc

/// CPU time and resident memory of a process and all its descendants, from /proc.
enum ResourceSampler {
    struct Sample {
        var cpuSeconds: Double
        var rssKiB: Int
    }

    static func descendants(of root: Int32) -> [Int32] {
        var parentOf: [Int32: Int32] = [:]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for e in entries {
            guard let pid = Int32(e), let stat = try? String(contentsOfFile: "/proc/\(e)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 2, let ppid = Int32(fields[1]) { parentOf[pid] = ppid }
        }
        var result = [root]
        var frontier = [root]
        while let p = frontier.popLast() {
            for (child, parent) in parentOf where parent == p && !result.contains(child) {
                result.append(child)
                frontier.append(child)
            }
        }
        return result
    }

    static func sample(tree root: Int32) -> Sample {
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        var cpu = 0.0
        var rss = 0
        for pid in descendants(of: root) {
            if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            {
                let f = stat[stat.index(after: close)...].split(separator: " ")
                if f.count > 13 { cpu += (Double(f[11]) ?? 0) / ticks + (Double(f[12]) ?? 0) / ticks }
            }
            if let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
            {
                rss += Int(line.split(separator: " ")[1]) ?? 0
            }
        }
        return Sample(cpuSeconds: cpu, rssKiB: rss)
    }
}
