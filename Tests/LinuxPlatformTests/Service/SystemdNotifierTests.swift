import Glibc
import Testing

@testable import LinuxPlatform

/// sd_notify(3)'s protocol, heard on a NOTIFY_SOCKET of the test's own.
@Suite struct SystemdNotifierTests {
    private static func uniqueName(_ tag: String) -> String {
        "vigil-\(tag)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    private static func notifier(socket: String, watchdog: String? = nil, pid: String? = nil) -> SystemdNotifier {
        let environment = ["NOTIFY_SOCKET": socket, "WATCHDOG_USEC": watchdog, "WATCHDOG_PID": pid]
        return SystemdNotifier(environment: { environment[$0] ?? nil }, processID: 4242)
    }

    private static func text(_ bytes: [UInt8]?) -> String? { bytes.map { String(decoding: $0, as: UTF8.self) } }

    @Test func anAbstractSocketNameReceivesReadyWithItsStatus() throws {
        let name = "@" + Self.uniqueName("notify")
        let listener = try UnixDatagramSocket(listeningAt: name)
        let notifier = Self.notifier(socket: name)
        notifier.ready(status: "Running: 1 VRRP instance (1 MASTER)\nsecond line dropped")
        #expect(Self.text(listener.receive(timeout: .seconds(5))) == "READY=1\nSTATUS=Running: 1 VRRP instance (1 MASTER)")
    }

    @Test func aPathSocketHearsReloadingWithTheMonotonicClockThenReadyThenStopping() throws {
        let path = "/tmp/\(Self.uniqueName("notify")).sock"
        let listener = try UnixDatagramSocket(listeningAt: path)
        let notifier = Self.notifier(socket: path)
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let before = Int64(now.tv_sec) * 1_000_000 + Int64(now.tv_nsec) / 1000
        notifier.reloading(status: "Reloading /etc/keepalived/keepalived.conf")
        notifier.ready(status: "Running")
        notifier.stopping(status: "Stopping")
        let reloading = try #require(Self.text(listener.receive(timeout: .seconds(5))))
        let fields = reloading.split(separator: "\n").map(String.init)
        #expect(fields.first == "RELOADING=1")
        #expect(fields.last == "STATUS=Reloading /etc/keepalived/keepalived.conf")
        let stamp = try #require(fields.first { $0.hasPrefix("MONOTONIC_USEC=") }.flatMap { Int64($0.dropFirst(15)) })
        #expect(stamp >= before && stamp < before + 60_000_000)
        #expect(Self.text(listener.receive(timeout: .seconds(5))) == "READY=1\nSTATUS=Running")
        #expect(Self.text(listener.receive(timeout: .seconds(5))) == "STOPPING=1\nSTATUS=Stopping")
    }

    @Test func theWatchdogIntervalIsHalfOfWatchdogUsecForThisProcessOnly() {
        #expect(Self.notifier(socket: "@x", watchdog: "3000000").watchdogInterval == .milliseconds(1500))
        #expect(Self.notifier(socket: "@x", watchdog: "3000000", pid: "4242").watchdogInterval == .milliseconds(1500))
        #expect(Self.notifier(socket: "@x", watchdog: "3000000", pid: "1").watchdogInterval == nil)
        #expect(Self.notifier(socket: "@x", watchdog: "0").watchdogInterval == nil)
        #expect(Self.notifier(socket: "@x", watchdog: "soon").watchdogInterval == nil)
        #expect(Self.notifier(socket: "@x").watchdogInterval == nil)
    }

    @Test func withoutNotifySocketNothingIsSent() {
        let notifier = SystemdNotifier(environment: { _ in nil }, processID: 1)
        #expect(notifier.socketPath == nil)
        notifier.ready(status: "Running")
    }

    @Test func theSupervisorSendsReadyOnceWatchdogOnEachKeepAliveAndStopping() throws {
        let name = "@" + Self.uniqueName("supervisor")
        let listener = try UnixDatagramSocket(listeningAt: name)
        let supervisor = SystemdSupervisor(notifier: Self.notifier(socket: name, watchdog: "200000")) { "Running: 0 VRRP instances" }
        #expect(supervisor.keepAliveInterval == .milliseconds(100))
        supervisor.loopStarted()
        supervisor.loopAlive()
        supervisor.loopAlive()
        supervisor.loopStopping()
        #expect(Self.text(listener.receive(timeout: .seconds(5))) == "READY=1\nSTATUS=Running: 0 VRRP instances")
        #expect(Self.text(listener.receive(timeout: .seconds(5))) == "WATCHDOG=1")
        #expect(Self.text(listener.receive(timeout: .seconds(5))) == "WATCHDOG=1")
        #expect(Self.text(listener.receive(timeout: .seconds(5)))?.hasPrefix("STOPPING=1\nSTATUS=") == true)
    }
}
