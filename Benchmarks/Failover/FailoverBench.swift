import Daemon
import Foundation
import Glibc

/// Runs each case `reps` times per daemon, alternating daemons, in one namespace lab, and measures the
/// blackout a client probing the VIP every 10 ms sees.
final class FailoverBench: @unchecked Sendable {
    let lab: NamespaceLab
    let prober = UDPProber()
    let echoes = [UDPEchoResponder(), UDPEchoResponder()]
    let verbose: Bool
    static let vip = "10.99.0.100"

    init(lab: NamespaceLab, verbose: Bool) {
        self.lab = lab
        self.verbose = verbose
    }

    func prepare() throws {
        try lab.up()
        for (i, lb) in ["lb1", "lb2"].enumerated() {
            echoes[i].start(namespace: lab.namespace(lb), port: 9999, name: lb)
        }
        prober.start(namespace: lab.namespace("client"), target: Self.vip, port: 9999)
    }

    func finish() {
        prober.stop()
        echoes.forEach { $0.stop() }
    }

    /// One repetition; returns the blackout in seconds, or nil when the backup never took over.
    func runOnce(_ c: FailoverCase, daemon: DaemonUnderTest) throws -> Double? {
        let dir = lab.stateDirectory
        var pids: [String: Int32] = [:]
        defer { cleanUp(pids) }
        for lb in ["lb1", "lb2"] {
            let conf = try lab.writeFile("\(lb)-\(daemon.name).conf", c.config(node: lb))
            pids[lb] = try lab.start(lb, daemon.command(conf: conf, stateDirectory: dir, node: lb),
                                     logName: "\(lb)-\(daemon.name)")
            if lb == "lb1" {
                guard NamespaceLab.wait(timeout: 10, { lab.holds("lb1", address: Self.vip) }) else {
                    log("lb1 (\(daemon.name)) never took the VIP")
                    return nil
                }
            }
        }
        // Let the backup hear a few adverts and settle in BACKUP before the failure.
        usleep(useconds_t(max(0.5, c.advertInterval * 2.5) * 1_000_000))
        guard answeredRecently(by: "lb1") else {
            log("client not answered by lb1 before the failure")
            return nil
        }
        let failAt = prober.now
        inject(c.failure, pid: pids["lb1"] ?? 0)
        let tookOver = NamespaceLab.wait(timeout: 10) { self.answeredRecently(by: "lb2") }
        let end = prober.now
        guard tookOver else { return nil }
        let lastBefore = prober.recorded.last { $0.time <= failAt }?.time ?? failAt
        return prober.longestGap(from: lastBefore, to: end)
    }

    private func answeredRecently(by lb: String) -> Bool {
        guard let last = prober.recorded.last else { return false }
        return last.responder == lb && prober.now - last.time < 0.05
    }

    private func inject(_ failure: FailoverCase.Failure, pid: Int32) {
        switch failure {
        case .crash:
            kill(-pid, SIGKILL)  // the whole process group: keepalived's children too
            lab.shell.signal(pid, SIGKILL)
            _ = try? lab.exec("lb1", ["ip", "addr", "del", "\(Self.vip)/24", "dev", "eth0"], allowFailure: true)
        case .term:
            kill(pid, SIGTERM)
        case .linkDown:
            _ = try? lab.exec("lb1", ["ip", "link", "set", "eth0", "down"])
        }
    }

    private func cleanUp(_ pids: [String: Int32]) {
        for (_, pid) in pids {
            kill(-pid, SIGKILL)
            lab.shell.signal(pid, SIGKILL)
        }
        for lb in ["lb1", "lb2"] {
            _ = try? lab.exec(lb, ["ip", "link", "set", "eth0", "up"], allowFailure: true)
            _ = try? lab.exec(lb, ["ip", "addr", "del", "\(Self.vip)/24", "dev", "eth0"], allowFailure: true)
        }
    }

    func log(_ s: String) { if verbose { FileHandle.standardError.write(Data((s + "\n").utf8)) } }
}
