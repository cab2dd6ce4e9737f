import Foundation
import Glibc
import HealthCheck
import NIOCore
import NIOPosix
import NetworkPrimitives
import TestSupport
import Testing

@testable import Probes

@Suite struct MiscExchangeTests {
    static func run(_ command: String, dynamic: Bool = false, user: String? = nil, timeout: Duration = .seconds(5)) async
        -> ProbeResult
    {
        let target = ProbeTarget(address: IPAddress("127.0.0.1")!, port: 0)
        return await TestLoops.makeRunner().run(.misc(MiscProbe(command: command, dynamic: dynamic, user: user)), target: target, timeout: timeout)
    }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("vigil-misc-\(UUID().uuidString)").path
    }

    /// Waits for `path` to hold a pid, then until that process is gone (reaped).
    static func waitForExit(pidFile path: String, within timeout: Duration) async -> Bool {
        var pid: pid_t = 0
        guard await waitUntil(timeout: .seconds(2), {
            pid = (try? String(contentsOfFile: path, encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
            return pid > 0
        }) else { return false }
        return await waitUntil(timeout: timeout) { kill(pid, 0) != 0 && errno == ESRCH }
    }

    @Test(
        "exit 0 passes, 1 fails, 2-255 pass only with misc_dynamic and set weight = status - 2",
        arguments: [
            ("/bin/true", false, ProbeResult.success),
            ("/bin/false", false, .failure(reason: "exited with status 1")),
            ("sh -c 'exit 7'", false, .failure(reason: "exited with status 7")),
            ("sh -c 'exit 7'", true, .successWithWeight(5)),
            ("sh -c 'exit 0'", true, .successWithWeight(nil)),
            ("sh -c 'exit 1'", true, .failure(reason: "exited with status 1")),
            ("sh -c 'kill -KILL $$'", false, .failure(reason: "script killed by signal 9")),
        ])
    func exitStatus(command: String, dynamic: Bool, expected: ProbeResult) async {
        #expect(await Self.run(command, dynamic: dynamic) == expected)
    }

    @Test("a line that is not a program runs through sh -c")
    func shellFallback() async {
        #expect(await Self.run("exit 4", dynamic: true) == .successWithWeight(2))
        // keepalived splits the line and execs test(1), which chokes on "&&", instead of using a shell.
        #expect(await Self.run("test -d / && exit 3") == .failure(reason: "exited with status 2"))
        #expect(await Self.run("true; false") == .failure(reason: "exited with status 1"))
    }

    @Test("an unterminated quote fails without running anything")
    func badCommand() async {
        #expect(await Self.run("sh -c 'exit 0") == .failure(reason: "bad misc_path: unterminatedQuote"))
    }

    @Test("a script past misc_timeout fails at the deadline and its process group is terminated")
    func timeout() async {
        let pidFile = Self.temporaryPath()
        defer { unlink(pidFile) }
        let (result, elapsed) = await timed {
            await Self.run("sh -c 'echo $$ > \(pidFile); sleep 30 & wait'", timeout: .milliseconds(500))
        }
        #expect(result == .failure(reason: "timeout running script"))
        #expect(elapsed < .seconds(15))
        #expect(await Self.waitForExit(pidFile: pidFile, within: .seconds(2)))
    }

    @Test("a script that ignores SIGTERM is killed with SIGKILL two seconds later")
    func sigkill() async {
        let pidFile = Self.temporaryPath()
        defer { unlink(pidFile) }
        let script = "sh -c 'trap \"\" TERM; echo $$ > \(pidFile); while :; do sleep 1; done'"
        let began = ContinuousClock.now
        let (result, elapsed) = await timed { await Self.run(script, timeout: .milliseconds(300)) }
        #expect(result == .failure(reason: "timeout running script"))
        #expect(elapsed < .seconds(15))
        #expect(await Self.waitForExit(pidFile: pidFile, within: .seconds(5)))
        // SIGTERM at 0.3 s is ignored; SIGKILL follows 2 s later, so the script cannot end before 2.3 s
        // (measured from the start, which a slow machine can only lengthen).
        #expect(ContinuousClock.now - began > .seconds(2))
    }

    @Test("scripts inherit no descriptors beyond stdio, default signal dispositions and an empty mask")
    func cleanEnvironment() async throws {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socketFD >= 0)
        // F_DUPFD takes the first free number from 900 up; dup2 onto a fixed number would silently
        // close whatever another test running in parallel holds there (a socket of its event loop).
        let high = fcntl(socketFD, F_DUPFD, 900)
        defer { close(socketFD); close(high) }
        try #require(high >= 900)
        // The daemon ignores SIGPIPE and its event loop thread may block signals; scripts must see neither.
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let runner = ProbeRunner(eventLoop: group.next())
        try await runner.eventLoop.submit {
            signal(SIGPIPE, SIG_IGN)
            var blocked = sigset_t()
            sigemptyset(&blocked)
            sigaddset(&blocked, SIGUSR2)
            pthread_sigmask(SIG_BLOCK, &blocked, nil)
        }.get()
        let target = ProbeTarget(address: IPAddress("127.0.0.1")!, port: 0)
        func run(_ command: String) async -> ProbeResult {
            await runner.run(.misc(MiscProbe(command: command)), target: target, timeout: .seconds(5))
        }
        #expect(await run("sh -c '[ -e /proc/$$/fd/\(high) ] && exit 1; exit 0'") == .success)
        // grep reads its own status (the shell may block SIGCHLD while it waits). glibc keeps its two
        // internal real-time signals (32, 33) as they are.
        let ignored = "sh -c 'set -- $(grep SigIgn /proc/self/status); [ $(( 0x$2 & 0x7fffffff )) -eq 0 ]'"
        #expect(await run(ignored) == .success)
        #expect(await run("grep -Eq '^SigBlk:[[:space:]]*0+$' /proc/self/status") == .success)
        try await group.shutdownGracefully()
    }

    @Test("user runs the script as that user", .enabled(if: getuid() == 0))
    func asUser() async {
        #expect(await Self.run("sh -c '[ \"$(id -u)\" = 65534 ]'", user: "nobody") == .success)
        #expect(await Self.run("sh -c '[ \"$(id -u)\" = 0 ]'", user: "nobody") == .failure(reason: "exited with status 1"))
    }
}
