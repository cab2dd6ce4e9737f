import Foundation
import Glibc

/// CPU time (user + system, from /proc/PID/stat) and resident memory (VmRSS, VmHWM from
/// /proc/PID/status) of one process.
struct ProcessSample {
    var cpuSeconds: Double
    var rssKiB: Int
    var peakRSSKiB: Int

    static func take(_ pid: pid_t) -> ProcessSample? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")"),
            let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        return ProcessSample(
            cpuSeconds: (user + system) / ticks, rssKiB: kibibytes(status, "VmRSS:"),
            peakRSSKiB: kibibytes(status, "VmHWM:"))
    }

    private static func kibibytes(_ status: String, _ key: String) -> Int {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key) }) else { return 0 }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
}
