import Foundation
import Glibc
import VigilLab

/// Runs each case `reps` times per daemon, alternating daemons, in one namespace lab, and measures the
/// blackout a client probing the VIP every 10 ms sees.
final class FailoverBench: Sendable {
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

    /// What the client saw in one repetition.
    struct Outcome {
        /// The longest time without an answer, seconds.
        var gap: Double
        /// Probes sent from the failure until the backup answered that got no answer.
        var lost: Int
    }

    /// One repetition, `pair` as lb1 (master) and lb2 (backup); nil when the backup never took over.
    func runOnce(_ c: FailoverCase, pair: DaemonPair) throws -> Outcome? {
        let dir = lab.directory
        var processes: [String: LabProcess] = [:]
        defer { cleanUp(processes) }
        for lb in ["lb1", "lb2"] {
            let daemon = lb == "lb1" ? pair.master : pair.backup
            let conf = try lab.write("\(lb)-\(daemon.name).conf", c.config(node: lb))
            processes[lb] = try lab.start(lb, daemon.command(conf: conf, stateDirectory: dir, node: lb),
                                          logName: "\(lb)-\(daemon.name)")
            if lb == "lb1" {
                guard LabWait.until(timeout: .seconds(10), { lab.holds("lb1", Self.vip) }) else {
                    log("lb1 (\(pair.name)) never took the VIP")
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
        if let master = processes["lb1"] { inject(c.failure, master: master) }
        let tookOver = LabWait.until(timeout: .seconds(10)) { self.answeredRecently(by: "lb2") }
        let end = prober.now
        guard tookOver else {
            log("\(pair.name): lb2 never answered; last reply \(String(describing: prober.recorded.last))")
            for lb in ["lb1", "lb2"] { log("\(lb):\n" + (processes[lb]?.log.split(separator: "\n").suffix(15).joined(separator: "\n") ?? "")) }
            return nil
        }
        let lastBefore = prober.recorded.last { $0.time <= failAt }?.time ?? failAt
        // Replies to the probes sent just before `end` may still be on their way: give them 100 ms.
        usleep(100_000)
        return Outcome(
            gap: prober.longestGap(from: lastBefore, to: end), lost: prober.lostProbes(sentFrom: failAt, to: end))
    }

    private func answeredRecently(by lb: String) -> Bool {
        guard let last = prober.recorded.last else { return false }
        return last.responder == lb && prober.now - last.time < 0.05
    }

    private func inject(_ failure: FailoverCase.Failure, master: LabProcess) {
        switch failure {
        case .crash:
            master.signalGroup(SIGKILL)  // the whole process group: keepalived's children too
            master.waitForExit(timeout: .seconds(5))
            _ = lab.attempt("lb1", ["ip", "addr", "del", "\(Self.vip)/24", "dev", "eth0"])
        case .term:
            master.signal(SIGTERM)
        case .linkDown:
            _ = lab.attempt("lb1", ["ip", "link", "set", "eth0", "down"])
        }
    }

    private func cleanUp(_ processes: [String: LabProcess]) {
        for (_, process) in processes {
            process.signalGroup(SIGKILL)
            process.waitForExit(timeout: .seconds(5))
        }
        // keepalived refuses to start beside the pid files a killed run left ("daemon is already running").
        let files = (try? FileManager.default.contentsOfDirectory(atPath: lab.directory)) ?? []
        for file in files where file.hasSuffix(".pid") { try? FileManager.default.removeItem(atPath: "\(lab.directory)/\(file)") }
        for lb in ["lb1", "lb2"] {
            _ = lab.attempt(lb, ["ip", "link", "set", "eth0", "up"])
            _ = lab.attempt(lb, ["ip", "addr", "del", "\(Self.vip)/24", "dev", "eth0"])
        }
    }

    func log(_ s: String) { if verbose { FileHandle.standardError.write(Data((s + "\n").utf8)) } }
}
