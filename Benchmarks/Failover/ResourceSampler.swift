import Foundation
import Glibc
import VigilLab

/// CPU time and resident memory of a process and all its descendants, from /proc.
enum ResourceSampler {
    struct Sample {
        var cpuSeconds: Double
        var rssKiB: Int
        var processes: Int
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
        let tree = descendants(of: root)
        for pid in tree {
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
        return Sample(cpuSeconds: cpu, rssKiB: rss, processes: tree.count)
    }

    /// Where the tree's resident memory goes: RSS per mapped file (anonymous memory as `[anon]`),
    /// largest first, from /proc/PID/smaps.
    static func breakdown(tree root: Int32, top: Int = 15) -> [String] {
        var byMapping: [String: Int] = [:]
        for pid in descendants(of: root) {
            // /proc files report size 0, and a Foundation read of one stops after its first page: `cat` reads it all.
            guard let smaps = try? LabShell().run(["cat", "/proc/\(pid)/smaps"]) else { continue }
            var current = "[anon]"
            for line in smaps.split(separator: "\n") {
                let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                if let first = fields.first, first.contains("-"), fields.count >= 5 {
                    current = fields.count >= 6 ? String(fields[5].split(separator: "/").last ?? fields[5]) : "[anon]"
                } else if fields.first == "Rss:", fields.count >= 2 {
                    byMapping[current, default: 0] += Int(fields[1]) ?? 0
                }
            }
        }
        return byMapping.sorted { $0.value > $1.value }.prefix(top).map {
            String(format: "  %8.1f MiB  %@", Double($0.value) / 1024, $0.key)
        }
    }
}
