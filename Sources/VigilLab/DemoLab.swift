import FoundationEssentials
import Glibc
import LinuxPlatform
import Synchronization

/// The processes and files of `vigil demo` in its `NamespaceLab` (two segments): the directors'
/// Vigil daemons, each with its own status socket in the lab's directory (never the system's
/// /run/vigil/vigil.sock), and the web servers with the /health file their checks fetch.
final class DemoLab: Sendable {
    let lab: NamespaceLab
    let vigilExecutable: String
    let output: @Sendable (String) -> Void
    /// True when this `vigil` has `--status-listen` (the TCP status page); the demo then serves it.
    let servesStatusPage: Bool
    private let running = Mutex<[String: LabProcess]>([:])

    init(lab: NamespaceLab, vigilExecutable: String, output: @escaping @Sendable (String) -> Void) {
        self.lab = lab
        self.vigilExecutable = vigilExecutable
        self.output = output
        let help = (try? lab.shell.run([vigilExecutable, "run", "--help"], allowFailure: true)) ?? ""
        servesStatusPage = help.contains("--status-listen")
    }

    func socket(_ lb: String) -> String { "\(lab.directory)/\(lb).sock" }

    /// The director's status page address on its client-side link.
    func statusPage(_ lb: String) -> String { "\(lb == "lb1" ? "10.99.0.2" : "10.99.0.3"):9080" }

    // MARK: Web servers

    func startWebServers() throws(LabCommandError) {
        for (web, _) in DemoRunner.webServers { try startWebServer(web) }
    }

    /// Starts `web`'s server with a /health file and waits until lb1 can fetch it.
    func startWebServer(_ web: String) throws(LabCommandError) {
        let server = try lab.serveName(on: web, body: "\(web)\n")
        _ = try lab.write("www-\(web)/health", "ok\n")
        running.withLock { $0[web] = server }
        let address = DemoRunner.webServers.first { $0.0 == web }?.1 ?? ""
        let up = LabWait.until(timeout: .seconds(10)) {
            lab.attempt("lb1", ["curl", "-s", "-m", "1", "-o", "/dev/null", "http://\(address)/health"]).status == 0
        }
        if !up { throw LabCommandError(command: ["web server", web], status: 1, output: "did not start") }
    }

    /// The first step of a graceful shutdown: /health answers 404 while the pages still answer.
    func failHealth(_ web: String) throws(LabCommandError) {
        guard unlink("\(lab.directory)/www-\(web)/health") == 0 else {
            throw LabCommandError(command: ["rm", "www-\(web)/health"], status: errno, output: "cannot remove")
        }
    }

    func stopWebServer(_ web: String) {
        guard let server = running.withLock({ $0.removeValue(forKey: web) }) else { return }
        server.signalGroup(SIGKILL)
        server.waitForExit(timeout: .seconds(5))
    }

    // MARK: Directors

    func startVigil(on lb: String) throws(LabCommandError) {
        let path = try lab.write("\(lb).conf", Self.configuration(lb))
        let directory = lab.directory
        var arguments = [
            vigilExecutable, "-f", path, "-n", "-l", "-p", "\(directory)/\(lb).pid", "-r", "\(directory)/\(lb)-vrrp.pid",
            "-c", "\(directory)/\(lb)-checkers.pid", "--status-socket", socket(lb),
        ]
        if servesStatusPage { arguments += ["--status-listen", statusPage(lb)] }
        let process = try lab.start(lb, arguments, logName: "vigil-\(lb)")
        running.withLock { $0["vigil-\(lb)"] = process }
    }

    /// True when `lb` holds the VIP and the other director does not.
    func onlyHolder(_ lb: String) -> Bool {
        lab.holds(lb, DemoRunner.vip) && !lab.holds(lb == "lb1" ? "lb2" : "lb1", DemoRunner.vip)
    }

    /// True when the client's last request was answered.
    func answered(_ prober: HTTPProber) -> Bool { prober.recorded.last?.responder != nil }

    func vigilLog(_ lb: String) -> String { running.withLock { $0["vigil-\(lb)"] }?.log ?? "" }

    /// A host crash: the director's links go down (nothing it held answers any more, its data plane
    /// included), SIGKILL to its Vigil, and the addresses it held are gone when it boots again.
    func crash(_ lb: String) {
        for link in ["eth0", "eth1"] { _ = lab.attempt(lb, ["ip", "link", "set", link, "down"]) }
        if let process = running.withLock({ $0.removeValue(forKey: "vigil-\(lb)") }) {
            process.signalGroup(SIGKILL)
            process.waitForExit(timeout: .seconds(5))
        }
        _ = lab.attempt(lb, ["ip", "addr", "del", "\(DemoRunner.vip)/24", "dev", "eth0"])
        _ = lab.attempt(lb, ["ip", "addr", "del", "\(DemoRunner.gateway)/24", "dev", "eth1"])
    }

    /// The crashed director boots again: links up, then Vigil.
    func boot(_ lb: String) throws(LabCommandError) {
        for link in ["eth0", "eth1"] { try lab.inside(lb, "ip", "link", "set", link, "up") }
        try startVigil(on: lb)
    }

    /// `vigil ctl ARGUMENTS` against the director's socket: what it printed.
    func ctl(_ lb: String, _ arguments: String...) -> String {
        let (_, text) =
            (try? lab.shell.runStatus([vigilExecutable, "ctl"] + arguments + ["--socket", socket(lb)])) ?? (-1, "")
        return text
    }

    /// Prints `vigil status` of the director, indented.
    func showStatus(_ lb: String) {
        let (_, text) =
            (try? lab.shell.runStatus([vigilExecutable, "status", "--socket", socket(lb)])) ?? (-1, "no answer")
        output(text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
    }

    /// How to look at the running directors from another terminal.
    func showStatusAccess() {
        output("  From another terminal: sudo vigil status --socket \(socket("lb1"))   (--watch streams its transitions)")
        if servesStatusPage {
            output(
                "  Status page: http://\(statusPage("lb1"))/ inside the lab, e.g. "
                    + "sudo ip netns exec \(lab.namespace("client")) curl -s http://\(statusPage("lb1"))/status")
        }
    }

    /// One `vrrp_instance` of a director holding `address`/24.
    private static func instance(
        _ name: String, state: String, interface: String, vrid: Int, priority: Int, address: String
    ) -> String {
        """
        vrrp_instance \(name) {
            state \(state)
            interface \(interface)
            virtual_router_id \(vrid)
            priority \(priority)
            advert_int 1
            authentication {
                auth_type PASS
                auth_pass demo1234
            }
            virtual_ipaddress {
                \(address)/24
            }
        }
        """
    }

    /// One director's keepalived.conf.
    static func configuration(_ lb: String) -> String {
        let priority = DemoRunner.priorities[lb] ?? 100
        let state = lb == "lb1" ? "MASTER" : "BACKUP"
        let realServers = DemoRunner.webServers.map { _, address in
            """
                real_server \(address) 80 {
                    weight 1
                    HTTP_GET {
                        url {
                            path /health
                            status_code 200
                        }
                        connect_timeout 1
                        retry 1
                        delay_before_retry 1
                    }
                }
            """
        }.joined(separator: "\n")
        return """
            ! Vigil demo, director \(lb): keepalived.conf syntax, as an operator would write it.
            global_defs {
                router_id \(lb)
            }
            vrrp_sync_group DIRECTOR {
                group {
                    VI_1
                    VI_GW
                }
            }
            \(instance("VI_1", state: state, interface: "eth0", vrid: 51, priority: priority, address: DemoRunner.vip))
            \(instance("VI_GW", state: state, interface: "eth1", vrid: 52, priority: priority, address: DemoRunner.gateway))
            virtual_server \(DemoRunner.vip) 80 {
                delay_loop 1
                lb_algo rr
                lb_kind NAT
                protocol TCP
            \(realServers)
            }

            """
    }
}
