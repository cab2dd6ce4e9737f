import Foundation
import Glibc
import Testing
import VigilLab

/// Make-before-break handover through the daemon (Docs/Handover.md): a Vigil MASTER stopping or going
/// into maintenance keeps the VIP until its backup (Vigil, or keepalived 2.2.7 following RFC 5798)
/// has taken over. `ip addr` is sampled in both namespaces throughout, and a client probes the VIP
/// every 10 ms.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct HandoverTests {
    static let vip = VigilFailoverTests.vip

    enum Backup: String, CaseIterable, Sendable {
        case vigil, keepalived
    }

    /// Who held the VIP at one sample: lb1 is read before lb2, so a sample showing neither means the
    /// VIP was unheld for a moment (lb2 takes it before lb1 lets go, or the handover broke first).
    struct Sample {
        var lb1: Bool
        var lb2: Bool
    }

    /// The pair and the client's view of it.
    struct Pair {
        var lb1: LabProcess
        var prober: UDPProber
        var echoes: [UDPEchoResponder]

        func stopProbing() {
            prober.stop()
            echoes.forEach { $0.stop() }
        }
    }

    /// lb1 Vigil (101) MASTER, lb2 `backup` (100), UDP echo on both, the client probing.
    static func converged(_ lab: NamespaceLab, backup: Backup) async throws -> Pair {
        let lb1 = try lab.startVigil(on: "lb1", config: VigilFailoverTests.config("lb1", priority: 101))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", vip) }, "lb1 never took the VIP")
        let config = VigilFailoverTests.config("lb2", priority: 100)
        let lb2 = try backup == .vigil ? lab.startVigil(on: "lb2", config: config) : lab.startKeepalived(on: "lb2", config: config)
        try #require(await Eventually.holds(within: .seconds(5)) { lb2.log.contains("Entering BACKUP STATE") }, "\(lb2.log)")
        let echoes = [UDPEchoResponder(), UDPEchoResponder()]
        for (echo, host) in zip(echoes, ["lb1", "lb2"]) { echo.start(namespace: lab.namespace(host), port: 9999, name: host) }
        let prober = UDPProber()
        prober.start(namespace: lab.namespace("client"), target: vip, port: 9999)
        let pair = Pair(lb1: lb1, prober: prober, echoes: echoes)
        guard await Eventually.holds(within: .seconds(5), { prober.recorded.last?.responder == "lb1" }) else {
            pair.stopProbing()
            throw LabCommandError(command: ["probe", vip], status: 1, output: "lb1 never answered the client")
        }
        return pair
    }

    /// Samples the holders until `done` or `timeout`.
    static func sampleHolders(_ lab: NamespaceLab, within timeout: Duration, until done: () -> Bool) -> [Sample] {
        let deadline = ContinuousClock.now + timeout
        var samples: [Sample] = []
        while ContinuousClock.now < deadline {
            // `done` is read before the sample, so the last sample shows the state that ended the wait.
            let finished = done()
            samples.append(Sample(lb1: lab.holds("lb1", vip), lb2: lab.holds("lb2", vip)))
            if finished { break }
        }
        return samples
    }

    @Test(arguments: Backup.allCases)
    func SIGTERMKeepsTheVIPUntilTheBackupHasTakenItOver(backup: Backup) async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let pair = try await Self.converged(lab, backup: backup)
        defer { pair.stopProbing() }
        let (lb1, prober) = (pair.lb1, pair.prober)
        let stoppedAt = prober.now
        lb1.signal(SIGTERM)
        let samples = Self.sampleHolders(lab, within: .seconds(8)) { !lb1.isRunning && lab.holds("lb2", Self.vip) }
        // Sampling began while lb1 still held the VIP (the backup's Skew_Time is 609 ms), and no sample
        // between then and lb2 holding it found the VIP unheld.
        #expect(samples.first?.lb1 == true && samples.last?.lb2 == true, "\(samples)")
        #expect(samples.allSatisfy { $0.lb1 || $0.lb2 }, "unheld in \(samples)")
        #expect(await lb1.waitForExit(within: .seconds(5)))
        #expect(lab.onlyHolder(is: "lb2", of: Self.vip))
        #expect(lb1.log.contains("(VI_1) sent 0 priority"))
        #expect(lb1.log.contains("(VI_1) handing over: keeping VIPs until a successor advertises"), "\(lb1.log)")
        #expect(lb1.log.contains("(VI_1) successor 10.99.0.3 has taken over"), "\(lb1.log)")
        #expect(await Eventually.holds(within: .seconds(3)) { prober.recorded.last?.responder == "lb2" })
        // The RFC's break-before-make stop leaves the client unanswered for lb2's Skew_Time, 609 ms.
        let gap = prober.longestGap(from: stoppedAt, to: prober.now)
        #expect(gap < 0.3, "the client waited \(gap) s for an answer")
    }

    @Test func maintenanceWithAKeepalivedBackupKeepsTheVIPUntilTheBackupHasTakenItOver() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let pair = try await Self.converged(lab, backup: .keepalived)
        defer { pair.stopProbing() }
        let lb1 = pair.lb1
        let requested = VigilControlTests.ctl(lab.shell, "\(lab.directory)/lb1.sock", "maintenance", "VI_1")
        #expect(requested.status == 0, "\(requested)")
        let samples = Self.sampleHolders(lab, within: .seconds(8)) { lab.onlyHolder(is: "lb2", of: Self.vip) }
        // Sampling began while lb1 still held the VIP (the backup's Skew_Time is 609 ms), and no sample
        // between then and lb2 holding it found the VIP unheld.
        #expect(samples.first?.lb1 == true && samples.last?.lb2 == true, "\(samples)")
        #expect(samples.allSatisfy { $0.lb1 || $0.lb2 }, "unheld in \(samples)")
        #expect(lab.onlyHolder(is: "lb2", of: Self.vip))
        #expect(await Eventually.holds(within: .seconds(3)) { lb1.log.contains("(VI_1) Entering BACKUP STATE") })
        #expect(lb1.log.contains("(VI_1) successor 10.99.0.3 has taken over"), "\(lb1.log)")
        #expect(await lab.neverHolds("lb1", Self.vip, during: .seconds(2)))
    }

    @Test func aReloadLoweringTheMastersPriorityBelowAKeepalivedBackupsMovesTheVIPWithoutAGap() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let pair = try await Self.converged(lab, backup: .keepalived)
        defer { pair.stopProbing() }
        let lb1 = pair.lb1
        // startVigil wrote lb1's configuration as lb1-N.conf beside its log vigil-lb1-N.log.
        let run = lb1.logPath.split(separator: "-").last.map { $0.dropLast(".log".count) } ?? "0"
        _ = try lab.write("lb1-\(run).conf", VigilFailoverTests.config("lb1", priority: 90))
        lb1.signal(SIGHUP)
        // keepalived discards the lower priority, so it takes over when its Master_Down_Timer runs out
        // (3.6 s after the last advert it accepted); lb1 releases on its first advert.
        let samples = Self.sampleHolders(lab, within: .seconds(8)) { lab.onlyHolder(is: "lb2", of: Self.vip) }
        #expect(samples.first?.lb1 == true && samples.last?.lb2 == true, "\(samples)")
        #expect(samples.allSatisfy { $0.lb1 || $0.lb2 }, "unheld in \(samples)")
        #expect(lb1.log.contains("(VI_1) Changing effective priority from 101 to 90"), "\(lb1.log)")
        #expect(await Eventually.holds(within: .seconds(3)) { lb1.log.contains("(VI_1) Entering BACKUP STATE") })
        #expect(lb1.isRunning)
    }
}
