import Foundation
import Glibc
import VigilLab

// Connection survival across a director crash and its return, on the nftables data plane (issue 14
// items 3 and 4): ConnectionSurvivalLab run after run, with and without `--nftables-flow-hash`,
// printing per run the connections that carried on without a reset or a stall over 2 s, then the
// surviving fraction (min / median / max) per mode. Needs root. Usage:
//   BenchConnSync [--runs N] [--baseline-runs N] [--connections N] [--vigil PATH]
var runs = 5
var baselineRuns = 2
var connections = 200
var vigilPath = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("vigil").path
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--runs": runs = Int(arguments.next() ?? "") ?? runs
    case "--baseline-runs": baselineRuns = Int(arguments.next() ?? "") ?? baselineRuns
    case "--connections": connections = Int(arguments.next() ?? "") ?? connections
    case "--vigil": vigilPath = arguments.next() ?? vigilPath
    default:
        print("unknown argument \(argument)")
        exit(2)
    }
}
guard getuid() == 0 else {
    print("BenchConnSync needs root (network namespaces)")
    exit(1)
}

func percent(_ report: StreamClientReport) -> Double { 100 * report.survivingFraction }

func summary(_ values: [Double]) -> String {
    guard !values.isEmpty else { return "-" }
    let sorted = values.sorted()
    let median =
        sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    return String(format: "%.1f / %.1f / %.1f", sorted[0], median, sorted[sorted.count - 1])
}

print(
    "\(connections) connections: half send a request every 0.2 s and wait for its reply, half (push) read a line the"
        + " real server sends every 0.2 s; survived = no reset and no wait over 2 s")
print(
    "mode        run  ready  failover: survived push  reset stalled maxgap"
        + "   fail-back: survived push  reset stalled maxgap")
for (mode, flowHash, count) in [("flow-hash", true, runs), ("numgen", false, baselineRuns)] {
    var failover: [Double] = []
    var failback: [Double] = []
    for run in 1...max(1, count) where count > 0 {
        let outcome: ConnectionSurvivalLab.Outcome
        do {
            let lab = try ConnectionSurvivalLab(vigil: vigilPath, flowHash: flowHash, connections: connections)
            defer { lab.destroy() }
            outcome = try await lab.run()
        } catch {
            print("\(mode) run \(run) failed: \(error)")
            continue
        }
        failover.append(percent(outcome.failover))
        failback.append(percent(outcome.failback))
        let line = [outcome.failover, outcome.failback].map { report in
            String(
                format: "%8d %4d/%-4d %5d %7d %6.2f", report.survived, report.pushingSurvived, report.pushing,
                report.reset, report.stalled, report.maxGap)
        }
        print(
            mode.padding(toLength: 10, withPad: " ", startingAt: 0)
                + String(format: "%5d %6d  ", run, outcome.ready) + line.joined(separator: "             "))
        for report in [outcome.failover, outcome.failback] where !report.errors.isEmpty {
            print("    window \(report.window) resets: \(report.errors.joined(separator: "; "))")
        }
    }
    if count > 0 {
        print("\(mode): surviving %, min / median / max: failover \(summary(failover)), fail-back \(summary(failback))")
    }
}
