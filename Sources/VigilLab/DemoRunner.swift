import Dispatch
import FoundationEssentials
import Glibc
import LinuxPlatform

/// `vigil demo`: the whole product in network namespaces. Two directors run Vigil (keepalived.conf
/// syntax): VRRP for the client-side VIP and the web servers' gateway (one sync group), and Vigil's
/// own load balancing (a `virtual_server` with HTTP_GET health checks, programmed into IPVS or
/// nftables) in front of two web servers; a client requests the VIP every 10 ms. First a web server
/// shuts down and comes back while the checker keeps the client from ever seeing it; then the master
/// director dies and the backup takes over; then the master returns, preempts, and is put into
/// maintenance with `vigil ctl`. Everything is removed at the end, even on Ctrl-C.
public struct DemoRunner: Sendable {
    public var vigilExecutable: String
    public var output: @Sendable (String) -> Void

    static let vip = "10.99.0.100"
    static let gateway = "10.99.1.1"
    static let webServers = [("web1", "10.99.1.11"), ("web2", "10.99.1.12")]
    static let priorities = ["lb1": 101, "lb2": 100]

    public init(vigilExecutable: String, output: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.vigilExecutable = vigilExecutable
        self.output = output
    }

    /// Runs the demo; returns the process exit status.
    public func run() -> Int32 {
        guard getuid() == 0 else {
            output("vigil demo needs root: it creates network namespaces, veth links and a bridge. Run: sudo vigil demo")
            return 1
        }
        for tool in ["ip", "nft", "python3", "curl"] where (try? LabShell.resolve(tool)) == nil {
            output("vigil demo needs '\(tool)'; install it with: sudo scripts/install-deps.sh")
            return 1
        }
        let prefix = NamespaceLab.randomPrefix("vgdemo")
        let lab = NamespaceLab(
            prefix: prefix, webServers: 2, twoSegments: true, directory: "/run/vigil-lab-\(prefix)")
        let interrupt = Self.tearDownOnSignals(lab, output: output)
        defer {
            interrupt.forEach { $0.cancel() }
            output("Cleaning up: stopping every process the demo started and deleting its namespaces.")
            lab.destroy()
        }
        do {
            return try play(DemoLab(lab: lab, vigilExecutable: vigilExecutable, output: output))
        } catch {
            output("demo failed: \(error)\nlogs are in \(lab.directory) until the clean-up below")
            return 1
        }
    }

    private func play(_ demo: DemoLab) throws(LabCommandError) -> Int32 {
        let lab = demo.lab
        output("Building the lab: client (10.99.0.50) -- lb1 (.2), lb2 (.3) -- web1 (10.99.1.11), web2 (10.99.1.12).")
        try lab.up()
        try demo.startWebServers()
        for lb in ["lb1", "lb2"] { try demo.startVigil(on: lb) }
        output(
            "Vigil runs on lb1 (priority 101) and lb2 (priority 100), configured as keepalived.conf: VRRP for the\n"
                + "VIP \(Self.vip) and the web servers' gateway \(Self.gateway) (one sync group), and a virtual_server\n"
                + "\(Self.vip):80 balancing round-robin over web1 and web2 with HTTP_GET checks of /health.")
        guard LabWait.until(timeout: .seconds(15), { lab.holds("lb1", Self.vip) && lab.holds("lb1", Self.gateway) }) else {
            output("lb1 did not take the VIPs within 15 s; logs are in \(lab.directory)")
            return 1
        }
        let prober = HTTPProber(namespace: lab.namespace("client"), target: Self.vip, timeout: .milliseconds(200))
        prober.start()
        defer { prober.stop() }
        guard LabWait.until(timeout: .seconds(15), { Set(prober.recorded.suffix(10).compactMap(\.responder)).count == 2 })
        else {
            output("the client never got answers from both web servers; logs are in \(lab.directory)")
            return 1
        }
        output("lb1 is MASTER. The client requests http://\(Self.vip)/ every 10 ms; each line counts a quarter second:")
        demo.showStatusAccess()
        var report = DemoReport(prober: prober, lab: lab, output: output)
        report.show(for: .milliseconds(1000))
        guard try healthChecks(demo, &report) else { return 1 }
        guard try failover(demo, &report) else { return 1 }
        return try handover(demo, &report) ? 0 : 1
    }

    /// A web server leaves and comes back; the checker keeps the client from seeing it.
    private func healthChecks(_ demo: DemoLab, _ report: inout DemoReport) throws(LabCommandError) -> Bool {
        output(
            "\n*** web1 shuts down for an upgrade: its /health goes first (a graceful shutdown hook), Vigil's\n"
                + "    HTTP_GET checker takes it out of the pool, then its server process stops. ***")
        let start = report.prober.recorded.count
        try demo.failHealth("web1")
        guard report.until(.seconds(10), { demo.vigilLog("lb1").contains("Removing service [10.99.1.11]:tcp:80") })
        else {
            output("the checker did not remove web1 within 10 s; logs are in \(demo.lab.directory)")
            return false
        }
        demo.stopWebServer("web1")
        output("  web1 is out of the pool and stopped. What `vigil status` says on lb1:")
        demo.showStatus("lb1")
        report.show(for: .milliseconds(1000))
        output("\n*** web1 comes back: its server starts, /health answers, the checker puts it back. ***")
        try demo.startWebServer("web1")
        guard
            report.until(.seconds(10), { demo.vigilLog("lb1").contains("Adding service [10.99.1.11]:tcp:80") })
        else {
            output("the checker did not add web1 back within 10 s; logs are in \(demo.lab.directory)")
            return false
        }
        report.show(for: .milliseconds(750))
        let failed = report.prober.samples(from: start).filter { $0.responder == nil }.count
        output(
            "Health checks: \(report.prober.recorded.count - start) requests while web1 left and returned, "
                + "\(failed) without an answer.")
        return true
    }

    /// The master director dies; the backup takes over the VIPs and the balancing.
    private func failover(_ demo: DemoLab, _ report: inout DemoReport) throws(LabCommandError) -> Bool {
        let prober = report.prober
        output("\n*** lb1 crashes: its links go dead and its Vigil is killed (SIGKILL), as when a host loses power. ***")
        let killedAt = report.prober.recorded.last?.time ?? 0
        demo.crash("lb1")
        guard report.until(.seconds(10), { demo.lab.holds("lb2", Self.vip) && demo.answered(prober) }) else {
            output("The VIP did not move to lb2 within 10 s; logs are in \(demo.lab.directory)")
            return false
        }
        report.show(for: .milliseconds(500))
        let gap = Self.longestGap(report.prober.recorded.filter { $0.time >= killedAt - 0.05 })
        let (low, high) = Self.takeoverWindow(advertInterval: 1, priority: Self.priorities["lb2"] ?? 100)
        output(
            "Failover: lb2 holds both VIPs and balances; the client's longest gap was \(Self.milliseconds(gap)) ms.\n"
                + "  Expected between \(Self.milliseconds(low)) and \(Self.milliseconds(high)) ms: lb2 takes over "
                + "Master_Down_Interval = 3 x advert_int + (256-100)/256 s\n"
                + "  = \(Self.milliseconds(high)) ms after the last advert it heard, and lb1 sent that advert "
                + "0 to 1 s (one advert_int) before it died,\n  depending on where in its advert interval the crash fell.")
        output("\n*** lb1 comes back: it has the higher priority and preempts after its own Master_Down_Interval. ***")
        let restartAt = report.prober.recorded.last?.time ?? 0
        try demo.boot("lb1")
        guard report.until(.seconds(15), { demo.onlyHolder("lb1") && demo.answered(prober) }) else {
            output("lb1 did not preempt within 15 s; logs are in \(demo.lab.directory)")
            return false
        }
        report.show(for: .milliseconds(500))
        let preemptGap = Self.longestGap(report.prober.recorded.filter { $0.time >= restartAt })
        output("Preemption: lb1 is MASTER again; the client's longest gap was \(Self.milliseconds(preemptGap)) ms.")
        return true
    }

    /// A planned handover: `vigil ctl maintenance` on the master.
    private func handover(_ demo: DemoLab, _ report: inout DemoReport) throws(LabCommandError) -> Bool {
        let prober = report.prober
        output(
            "\n*** Planned work on lb1: `vigil ctl maintenance VI_1 --socket \(demo.socket("lb1"))`. lb1 sends\n"
                + "    priority 0 (as on a clean stop) and stays BACKUP until `vigil ctl resume VI_1`. ***")
        let askedAt = report.prober.recorded.last?.time ?? 0
        let clock = ContinuousClock()
        let asked = clock.now
        output("  " + demo.ctl("lb1", "maintenance", "VI_1").labTrimmed)
        var tookOver: Duration?
        guard
            report.until(.seconds(10), {
                if tookOver == nil, demo.lab.holds("lb2", Self.vip) { tookOver = clock.now - asked }
                return demo.onlyHolder("lb2") && demo.answered(prober)
            })
        else {
            output("lb2 did not take over within 10 s; logs are in \(demo.lab.directory)")
            return false
        }
        report.show(for: .milliseconds(1000))
        let gap = Self.longestGap(report.prober.recorded.filter { $0.time >= askedAt })
        output(
            "Handover: lb2 held the VIPs within \(Self.milliseconds(LabWait.seconds(tookOver ?? .zero))) ms of the "
                + "request (seen every quarter second): after a priority-0 advert a backup waits only its skew time,\n"
                + "  (256-100)/256 s = 609 ms, not a Master_Down_Interval. The client's longest gap was "
                + "\(Self.milliseconds(gap)) ms.")
        output(
            "  (lb1 kept the VIPs and kept forwarding until lb2's first advert showed it had taken over: a handover\n"
                + "  makes before it breaks, so no request waits for the skew time; Docs/Handover.md.)")
        output("What `vigil status` says on lb1 now:")
        demo.showStatus("lb1")
        return true
    }

    /// When a backup at `priority` takes over after its master dies: Master_Down_Interval after the
    /// master's last advert, which went out up to one advert interval before the crash.
    static func takeoverWindow(advertInterval: Double, priority: Int) -> (earliest: Double, latest: Double) {
        let masterDown = 3 * advertInterval + Double(256 - priority) / 256 * advertInterval
        return (masterDown - advertInterval, masterDown)
    }

    /// The longest stretch between two answered probes.
    static func longestGap(_ samples: [HTTPProber.Sample]) -> Double {
        var lastAnswered: Double?
        var longest = 0.0
        for s in samples where s.responder != nil {
            if let l = lastAnswered { longest = max(longest, s.time - l) }
            lastAnswered = s.time
        }
        return longest
    }

    /// Seconds as whole milliseconds.
    static func milliseconds(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }

    /// `value` with two decimals, right-aligned in `width` characters.
    static func fixed(_ value: Double, width: Int) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = String(abs(hundredths) % 100)
        let text = "\(hundredths / 100).\(fraction.count < 2 ? "0" + fraction : fraction)"
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// SIGINT/SIGTERM during the demo: tear the lab down, then exit.
    private static func tearDownOnSignals(_ lab: NamespaceLab, output: @escaping @Sendable (String) -> Void)
        -> [any DispatchSourceSignal]
    {
        [SIGINT, SIGTERM].map { sig in
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                output("\nInterrupted: cleaning up the lab.")
                lab.destroy()
                exit(130)
            }
            source.resume()
            return source
        }
    }
}
