import Foundation
import Glibc
import Testing
import VigilLab

/// `vigil` mailing keepalived's SMTP alerts to a real mail server (Debian's aiosmtpd, writing a
/// Maildir the test reads), and mail servers that are down, stall or answer garbage delaying no
/// failover and no health check (Docs/Keepalived.md §6.4).
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct SMTPAlertTests {
    static let vip = "10.99.0.100"
    static let web1 = NamespaceLab.ipv4(11)
    static let client = NamespaceLab.ipv4(50)
    /// An address on the lab's segment that no host answers: connecting to it hangs until the timeout.
    static let blackhole = NamespaceLab.ipv4(250)

    /// lb1 or lb2 with alerts on for VI_1, mailing `server`; lb1 also checks web1 behind the VIP.
    static func config(_ host: String, priority: Int, server: String, timeout: Int = 5) -> String {
        var instance = InstanceConfig(
            state: priority > 100 ? "MASTER" : "BACKUP", priority: priority, password: "secret12")
        instance.extraLines = ["smtp_alert"]
        let globals = [
            "notification_email {", "    ops@example.com", "}", "notification_email_from vigil-\(host)@example.com",
            "smtp_server \(server)", "smtp_connect_timeout \(timeout)",
        ]
        let checked =
            host == "lb1"
            ? [
                "virtual_server \(vip) 80 {", "    delay_loop 1", "    lb_algo rr", "    lb_kind NAT", "    protocol TCP",
                "    real_server \(web1) 80 {", "        TCP_CHECK {", "            connect_timeout 1",
                "            retry 0", "        }", "    }", "}",
            ] : []
        return InstanceConfig.file(routerID: host, globals: globals, preamble: checked, [instance])
    }

    /// The `Subject:` of every message aiosmtpd has written to `maildir`.
    static func subjects(in maildir: String) -> [String] {
        let folder = "\(maildir)/new"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { name in
            guard let text = try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8) else { return nil }
            return text.split(separator: "\n").first { $0.hasPrefix("Subject: ") }.map {
                String($0.dropFirst("Subject: ".count)).trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
    }

    static func received(_ subject: String, in maildir: String) async -> Bool {
        await Eventually.holds(within: .seconds(10), every: .milliseconds(100)) {
            subjects(in: maildir).contains(subject)
        }
    }

    /// aiosmtpd on the client, port 2525, delivering into a Maildir.
    static func startMailServer(_ lab: NamespaceLab) throws -> String {
        let maildir = "\(lab.directory)/maildir"
        try lab.start(
            "client",
            ["/usr/bin/python3", "-m", "aiosmtpd", "-n", "-l", "\(client):2525", "-c", "aiosmtpd.handlers.Mailbox",
             maildir],
            logName: "aiosmtpd")
        let listening = Eventually.holdsBlocking(within: .seconds(10)) {
            lab.attempt("client", ["ss", "-Hltn", "sport = :2525"]).output.contains("2525")
        }
        guard listening else { throw LabCommandError(command: ["aiosmtpd"], status: -1, output: "never listened") }
        return maildir
    }

    @Test func aFailoverAndARealServerGoingDownAndUpEachDeliverTheirMail() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let maildir = try Self.startMailServer(lab)
        let server = "\(Self.client) 2525"
        var web = try lab.serveName(on: "web1")
        let lb1 = try lab.startVigil(on: "lb1", config: Self.config("lb1", priority: 101, server: server))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) })
        _ = try lab.startVigil(on: "lb2", config: Self.config("lb2", priority: 100, server: server))
        #expect(await Self.received("[lb1] VRRP Instance VI_1 - Entering MASTER state", in: maildir))
        #expect(await Self.received("[lb2] VRRP Instance VI_1 - Entering BACKUP state", in: maildir))

        let realServer = "Realserver [\(Self.web1)]:tcp:80 of virtual server [\(Self.vip)]:tcp:80"
        await web.crash()
        #expect(await Self.received("[lb1] \(realServer) - DOWN", in: maildir), "\(Self.subjects(in: maildir))")
        web = try lab.serveName(on: "web1")
        #expect(await Self.received("[lb1] \(realServer) - UP", in: maildir), "\(Self.subjects(in: maildir))")

        await lb1.crash()
        #expect(await Self.received("[lb2] VRRP Instance VI_1 - Entering MASTER state", in: maildir))
        #expect(lb1.log.contains("SMTP alert successfully sent."))
    }

    /// A server that accepts and never answers, one that answers garbage, and one that cannot be
    /// reached: the checks and the failovers keep their usual bounds, and each failure is logged.
    @Test func aMailServerThatStallsAnswersGarbageOrIsDownDelaysNoTransitionAndNoCheck() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let script = try lab.write("bad-smtp.py", Self.badServerScript)
        try lab.start("client", ["/usr/bin/python3", script, "stall", Self.client, "2526"], logName: "smtp-stall")
        try lab.start("client", ["/usr/bin/python3", script, "garbage", Self.client, "2527"], logName: "smtp-garbage")
        try #require(await Eventually.holds(within: .seconds(10)) {
            let shown = lab.attempt("client", ["ss", "-Hltn"]).output
            return shown.contains(":2526") && shown.contains(":2527")
        })
        let web = try lab.serveName(on: "web1")
        let lb1 = try lab.startVigil(
            on: "lb1", config: Self.config("lb1", priority: 101, server: "\(Self.client) 2526", timeout: 3))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) })
        let lb2 = try lab.startVigil(
            on: "lb2", config: Self.config("lb2", priority: 100, server: "\(Self.client) 2527", timeout: 3))
        try #require(await Eventually.holds(within: .seconds(5)) { lb2.log.contains("(VI_1) Entering BACKUP STATE") })

        // The check: web1 removed within delay_loop + connect_timeout and scheduling, while lb1's
        // mail session is stalled (each conversation waits 3 s for the greeting).
        await web.crash()
        let removal = await Eventually.elapsed(within: .seconds(10)) {
            lb1.log.contains("Removing service [\(Self.web1)]:tcp:80 from VS [\(Self.vip)]:tcp:80")
        }
        #expect(removal.map { $0 < .seconds(4) } == true, "removal took \(String(describing: removal))")
        #expect(await Eventually.holds(within: .seconds(10)) {
            lb1.log.contains("Timeout reading data to remote SMTP server [\(Self.client)]:2526.")
        })

        // The failover: lb2 (garbage server) takes over within Master_Down_Interval and scheduling.
        await lb1.crash()
        let takeover = await Eventually.elapsed(within: .seconds(10)) { lab.holds("lb2", Self.vip) }
        #expect(takeover.map { $0 < .seconds(6) } == true, "takeover took \(String(describing: takeover))")
        #expect(await Eventually.holds(within: .seconds(5)) {
            lb2.log.contains("Can not read data from remote SMTP server [\(Self.client)]:2527.")
        })

        // The preemption: lb1 returns mailing a server nobody answers for.
        let back = try lab.startVigil(
            on: "lb1", config: Self.config("lb1", priority: 101, server: Self.blackhole, timeout: 3))
        let preemption = await Eventually.elapsed(within: .seconds(12)) { lab.onlyHolder(is: "lb1", of: Self.vip) }
        #expect(preemption.map { $0 < .seconds(8) } == true, "preemption took \(String(describing: preemption))")
        #expect(await Eventually.holds(within: .seconds(8)) {
            back.log.contains("SMTP server [\(Self.blackhole)]:25") || back.log.contains("[\(Self.blackhole)]:25.")
        }, "\(back.log)")
    }

    /// `stall`: accept and never answer; `garbage`: answer every connection with bytes that are no SMTP reply.
    static let badServerScript = """
        import socket, sys
        mode, host, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(16)
        held = []
        while True:
            connection, _ = listener.accept()
            if mode == "garbage":
                connection.sendall(b"\\x00\\xffthis is no smtp\\r\\n")
            held.append(connection)

        """
}
