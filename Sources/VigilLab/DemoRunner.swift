import Dispatch
import FoundationEssentials
import Glibc
import LinuxPlatform

/// `vigil demo`: two load balancers running Vigil in front of two web servers, a client probing the
/// VIP every 10 ms; the master dies, the VIP moves, the gap is measured; the master returns and
/// preempts. Everything lives in network namespaces that are removed at the end, even on Ctrl-C.
public struct DemoRunner: Sendable {
    public var vigilExecutable: String
    public var output: @Sendable (String) -> Void

    static let vip = "10.99.0.100"

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
        for tool in ["ip", "haproxy", "python3", "curl"] where (try? LabShell.resolve(tool)) == nil {
            output("vigil demo needs '\(tool)'; install it with: sudo scripts/install-deps.sh")
            return 1
        }
        let prefix = NamespaceLab.randomPrefix("vgdemo")
        let lab = NamespaceLab(prefix: prefix, webServers: 2, directory: "/run/vigil-lab-\(prefix)")
        let interrupt = Self.tearDownOnSignals(lab, output: output)
        defer {
            interrupt.forEach { $0.cancel() }
            output("Cleaning up: stopping every process the demo started and deleting its namespaces.")
            lab.destroy()
        }
        do {
            return try play(lab)
        } catch {
            output("demo failed: \(error)")
            return 1
        }
    }

    private func play(_ lab: NamespaceLab) throws(LabCommandError) -> Int32 {
        output("Building the lab: switch, lb1 (10.99.0.2), lb2 (10.99.0.3), web1/web2 (.11/.12), client (.50).")
        try lab.up()
        try startWebServers(lab)
        var vigil: [String: LabProcess] = [:]
        for lb in ["lb1", "lb2"] {
            try startHAProxy(lab, on: lb)
            vigil[lb] = try startVigil(lab, on: lb)
        }
        output("Vigil runs on lb1 (priority 101) and lb2 (priority 100): VRRPv2, advert_int 1, auth PASS, VIP \(Self.vip).")
        guard LabWait.until(timeout: .seconds(15), { lab.holds("lb1", Self.vip) }) else {
            output("lb1 did not take the VIP within 15 s; logs are in \(lab.directory)")
            return 1
        }
        output("lb1 is MASTER and holds the VIP. The client now requests http://\(Self.vip)/ every 10 ms.")
        let prober = HTTPProber(namespace: lab.namespace("client"), target: Self.vip, timeout: .milliseconds(50))
        prober.start()
        defer { prober.stop() }
        var shown = 0
        shown = report(prober, from: shown, for: .milliseconds(1500))

        output("\n*** lb1 dies: SIGKILL to its Vigil and its VIP vanishes with it (a host crash). ***")
        vigil["lb1"]?.signalGroup(SIGKILL)
        vigil["lb1"]?.waitForExit(timeout: .seconds(5))
        let killedAt = prober.recorded.last?.time ?? 0
        _ = lab.attempt("lb1", ["ip", "addr", "del", "\(Self.vip)/24", "dev", "eth0"])
        var movedToLB2 = false
        for _ in 0..<40 where !movedToLB2 {
            shown = report(prober, from: shown, for: .milliseconds(250))
            movedToLB2 = prober.recorded.last.map { $0.responder?.hasSuffix("lb2") == true } ?? false
        }
        shown = report(prober, from: shown, for: .milliseconds(500))
        guard movedToLB2 else {
            output("The VIP did not move to lb2 within 10 s; logs are in \(lab.directory)")
            return 1
        }
        let gap = Self.longestGap(prober.recorded.filter { $0.time >= killedAt - 0.05 })
        output("Failover: lb2 took over the VIP; the client's longest gap was \(Self.milliseconds(gap)) ms "
               + "(expected about 3609 ms = 3 x advert_int + skew (256-100)/256 s).")

        output("\n*** lb1 comes back: it has the higher priority and preempts after its own Master_Down_Interval. ***")
        let restartAt = prober.recorded.last?.time ?? 0
        vigil["lb1"] = try startVigil(lab, on: "lb1")
        var preempted = false
        for _ in 0..<60 where !preempted {
            shown = report(prober, from: shown, for: .milliseconds(250))
            preempted = prober.recorded.last.map { $0.responder?.hasSuffix("lb1") == true } ?? false
        }
        _ = report(prober, from: shown, for: .milliseconds(500))
        guard preempted else {
            output("lb1 did not preempt within 15 s; logs are in \(lab.directory)")
            return 1
        }
        let preemptGap = Self.longestGap(prober.recorded.filter { $0.time >= restartAt })
        output("Preemption: lb1 is MASTER again; the client's longest gap was \(Self.milliseconds(preemptGap)) ms.")
        return 0
    }

    /// Prints one line per quarter second: how many probes were answered, by which web server and
    /// through which load balancer. Returns the index of the next unseen sample.
    private func report(_ prober: HTTPProber, from start: Int, for period: Duration) -> Int {
        let until = ContinuousClock.now + period
        var index = start
        repeat {
            System.sleep(for: .milliseconds(250))
            let fresh = prober.samples(from: index)
            index += fresh.count
            if let first = fresh.first {
                var counts: [String: Int] = [:]
                for sample in fresh { counts[sample.responder ?? "no answer", default: 0] += 1 }
                let parts = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
                output("  t=\(Self.fixed(first.time, width: 6))s  " + parts.joined(separator: ", "))
            }
        } while ContinuousClock.now < until
        return index
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

    private func startWebServers(_ lab: NamespaceLab) throws(LabCommandError) {
        for (web, ip) in [("web1", "10.99.0.11"), ("web2", "10.99.0.12")] {
            try lab.serveName(on: web, body: "\(web)\n", bind: ip)
        }
        for web in ["10.99.0.11", "10.99.0.12"] {
            let up = LabWait.until(timeout: .seconds(10)) {
                lab.attempt("client", ["curl", "-s", "-m", "1", "-o", "/dev/null", "http://\(web)/"]).status == 0
            }
            if !up { throw LabCommandError(command: ["web server", web], status: 1, output: "did not start") }
        }
    }

    private func startHAProxy(_ lab: NamespaceLab, on lb: String) throws(LabCommandError) {
        try lab.inside(lb, "sysctl", "-qw", "net.ipv4.ip_nonlocal_bind=1")
        let cfg = """
            global
                maxconn 512
            defaults
                mode http
                timeout connect 1s
                timeout client 5s
                timeout server 5s
            frontend www
                bind \(Self.vip):80
                http-response set-header X-Served-By \(lb)
                default_backend webs
            backend webs
                balance roundrobin
                server web1 10.99.0.11:80 check inter 1s
                server web2 10.99.0.12:80 check inter 1s

            """
        let path = try lab.write("haproxy-\(lb).cfg", cfg)
        try lab.start(lb, ["haproxy", "-db", "-f", path], logName: "haproxy-\(lb)")
    }

    private func startVigil(_ lab: NamespaceLab, on lb: String) throws(LabCommandError) -> LabProcess {
        let priority = lb == "lb1" ? 101 : 100
        let conf = """
            ! Vigil demo, node \(lb): keepalived.conf syntax, as an operator would write it.
            global_defs {
                router_id \(lb)
            }
            vrrp_instance VI_1 {
                state \(lb == "lb1" ? "MASTER" : "BACKUP")
                interface eth0
                virtual_router_id 51
                priority \(priority)
                advert_int 1
                authentication {
                    auth_type PASS
                    auth_pass demo1234
                }
                virtual_ipaddress {
                    \(Self.vip)/24
                }
            }

            """
        let path = try lab.write("\(lb).conf", conf)
        let dir = lab.directory
        return try lab.start(lb, [vigilExecutable, "-f", path, "-n", "-l", "-p", "\(dir)/\(lb).pid",
                                  "-r", "\(dir)/\(lb)-vrrp.pid", "-c", "\(dir)/\(lb)-checkers.pid"],
                            logName: "vigil-\(lb)")
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
