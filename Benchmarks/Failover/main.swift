import Foundation
import Glibc
import VigilLab

// Failover benchmark: Vigil and keepalived alternate in one lab, case by case, and the client-seen
// blackout is printed as min / median / max per daemon with the ratio of medians and the probes lost
// (graceful stops also with a Vigil master and a keepalived backup); then idle RSS and
// CPU with 1 and 200 instances at advert_int 0.1, and the size of both binaries. Needs root. Usage:
//   BenchFailover [--reps N] [--vigil PATH] [--cases SUBSTRING] [--idle-only] [--instances 1,200]
//                 [--idle-seconds S] [-v]
var reps = 5
var vigilPath = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vigil").path
var caseFilter: String?
var idleSeconds = 20.0
var idleOnly = false
var idleInstances = [1, 200]
var verbose = false
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--reps": reps = Int(args.next() ?? "") ?? reps
    case "--vigil": vigilPath = args.next() ?? vigilPath
    case "--cases": caseFilter = args.next()
    case "--idle-seconds": idleSeconds = Double(args.next() ?? "") ?? idleSeconds
    case "--idle-only": idleOnly = true
    case "--instances": idleInstances = (args.next() ?? "").split(separator: ",").compactMap { Int($0) }
    case "-v": verbose = true
    default: print("unknown argument \(a)"); exit(2)
    }
}
guard getuid() == 0 else { print("BenchFailover needs root (network namespaces)"); exit(1) }

let daemons = [DaemonUnderTest.vigil(executable: vigilPath), DaemonUnderTest.keepalived()]
let lab = NamespaceLab(prefix: NamespaceLab.randomPrefix("vgbf"))
let bench = FailoverBench(lab: lab, verbose: verbose)
for sig in [SIGINT, SIGTERM] { signal(sig, SIG_IGN) }
let interrupts = [SIGINT, SIGTERM].map { sig -> DispatchSourceSignal in
    let s = DispatchSource.makeSignalSource(signal: sig, queue: .global())
    s.setEventHandler { lab.destroy(); exit(130) }
    s.resume()
    return s
}
do { try bench.prepare() } catch { print("lab setup failed: \(error)"); lab.destroy(); exit(1) }

func stats(_ xs: [Double]) -> (Double, Double, Double)? {
    guard !xs.isEmpty else { return nil }
    let s = xs.sorted()
    let median = s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    return (s[0], median, s[s.count - 1])
}

if !idleOnly {
    print("Client-seen blackout (ms), probe every 10 ms, \(reps) runs per case, daemons alternating")
    print("(lost: probes unanswered from the failure until the backup answered, over all runs / the worst run;")
    print(" vigil>keepalived: a Vigil master with a keepalived backup, graceful stops only)")
    print("case                          daemon              min   median      max   lost  worst  failed   vigil/keepalived")
}
// Graceful stops also run a Vigil master beside a keepalived backup: the handover must not depend on Vigil backups.
let mixed = DaemonPair(master: daemons[0], backup: daemons[1])
for c in FailoverCase.all where !idleOnly && (caseFilter.map({ c.name.contains($0) }) ?? true) {
    let pairs = daemons.map(DaemonPair.same) + (c.failure == .term ? [mixed] : [])
    var results: [String: [Double]] = [:]
    var lost: [String: [Int]] = [:]
    var failed: [String: Int] = [:]
    for _ in 0..<reps {
        for pair in pairs {
            if let outcome = try? bench.runOnce(c, pair: pair) {
                results[pair.name, default: []].append(outcome.gap * 1000)
                lost[pair.name, default: []].append(outcome.lost)
            } else {
                failed[pair.name, default: 0] += 1
            }
        }
    }
    var medians: [String: Double] = [:]
    for pair in pairs {
        let line: String
        if let (mn, md, mx) = stats(results[pair.name] ?? []) {
            medians[pair.name] = md
            let losses = lost[pair.name] ?? []
            line = String(format: "%8.0f %8.0f %8.0f %6d %6d", mn, md, mx, losses.reduce(0, +), losses.max() ?? 0)
        } else {
            line = "       -        -        -      -      -"
        }
        var ratio = ""
        if pair.name == "keepalived", let v = medians["vigil"], let k = medians["keepalived"], k > 0 {
            ratio = String(format: "   %.2f", v / k)
        }
        print(c.name.padding(toLength: 30, withPad: " ", startingAt: 0) + pair.name.padding(toLength: 17, withPad: " ", startingAt: 0)
              + line + String(format: "  %6d", failed[pair.name] ?? 0) + ratio)
    }
}

// Idle cost: one node alone, 1 and 200 instances, v3 advert_int 0.1, as MASTER (it advertises).
// RSS is the sum over the daemon's process tree (keepalived: its parent and VRRP child).
print("\nIdle cost of one node (MASTER, v3, advert_int 0.1), sampled over \(Int(idleSeconds)) s")
print("instances  daemon        RSS MiB  processes   CPU %")
let idleCase = FailoverCase(name: "idle", version: 3, advertInterval: 0.1, unicast: false, failure: .term)
for n in idleInstances {
    for d in daemons {
        let conf = try lab.write("idle-\(n)-\(d.name).conf", idleCase.config(node: "lb1", instances: n))
        guard let process = try? lab.start("lb1", d.command(conf: conf, stateDirectory: lab.directory, node: "lb1"),
                                           logName: "idle-\(n)-\(d.name)")
        else { continue }
        // Start-up and the transition to MASTER are not idle: wait until every VIP is held, then 2 s more.
        let lastVIP = n == 1 ? "10.99.0.100" : "10.99.\(2 + (n - 1) / 250).\(1 + (n - 1) % 250)"
        _ = LabWait.until(timeout: .seconds(30), every: .milliseconds(100)) { lab.holds("lb1", lastVIP) }
        usleep(2_000_000)
        let a = ResourceSampler.sample(tree: process.pid)
        usleep(useconds_t(idleSeconds * 1_000_000))
        let b = ResourceSampler.sample(tree: process.pid)
        print(String(format: "%9d  %@ %9.1f %10d %7.2f", n, d.name.padding(toLength: 11, withPad: " ", startingAt: 0),
                     Double(b.rssKiB) / 1024, b.processes, (b.cpuSeconds - a.cpuSeconds) / idleSeconds * 100))
        if verbose { ResourceSampler.breakdown(tree: process.pid).forEach { bench.log($0) } }
        process.signalGroup(SIGKILL)
        process.waitForExit(timeout: .seconds(5))
        _ = lab.attempt("lb1", ["sh", "-c", "ip -o addr show dev eth0 | awk '$4 ~ /^10\\.99\\.[2-9]\\./ {print $4}' | xargs -r -n1 ip addr del dev eth0"])
    }
}

// Binary size: what an operator installs, as built and without its debug information.
print("\nBinary size            file  stripped")
for (name, path) in [("vigil", vigilPath), ("keepalived", "/usr/sbin/keepalived")] {
    func mebibytes(_ path: String) -> Double {
        Double(((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0) / 1_048_576
    }
    let stripped = "\(lab.directory)/\(name)-stripped"
    _ = try? LabShell().run(["strip", "-o", stripped, path])
    print(name.padding(toLength: 15, withPad: " ", startingAt: 0)
          + String(format: "%6.1f MiB %5.1f MiB  ", mebibytes(path), mebibytes(stripped)) + path)
}
bench.finish()
lab.destroy()
_ = interrupts
