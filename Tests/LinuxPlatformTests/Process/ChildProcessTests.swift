import Glibc
import LinuxPlatform
import Testing

@Suite struct ChildProcessTests {
    private static func shell(_ script: String, newProcessGroup: Bool = true) -> ChildCommand {
        ChildCommand(executable: "/bin/sh", arguments: ["sh", "-c", script], newProcessGroup: newProcessGroup)
    }

    private static func status(of script: String) throws -> ProcessExitStatus {
        try ChildProcess.spawn(shell(script)).waitForExit()
    }

    @Test(arguments: [
        ("exit 0", ProcessExitStatus.exited(0), Int32(0)),
        ("exit 7", .exited(7), 7),
        ("kill -USR1 $$", .signalled(SIGUSR1), 128 + SIGUSR1),
        ("kill -KILL $$", .signalled(SIGKILL), 128 + SIGKILL),
    ])
    func theExitCodeOrSignalIsDecodedAndReportedAsAShellWould(
        script: String, expected: ProcessExitStatus, shellStatus: Int32
    ) throws {
        let status = try Self.status(of: script)
        #expect(status == expected)
        #expect(status.shellStatus == shellStatus)
    }

    @Test func aChildLeadsItsOwnProcessGroupOnlyWhenAsked() throws {
        let leads = #"read -r _ _ _ _ group _ < /proc/$$/stat; test "$group" = "$$""#
        #expect(try ChildProcess.spawn(Self.shell(leads)).waitForExit() == .exited(0))
        #expect(try ChildProcess.spawn(Self.shell(leads, newProcessGroup: false)).waitForExit() == .exited(1))
    }

    @Test func noDescriptorBeyondTheStandardStreamsReachesTheChild() throws {
        let fd = open("/dev/null", O_RDONLY)
        // F_DUPFD takes the first free number from 900 up; dup2 onto a fixed number would silently
        // close whatever another test running in parallel holds there (a socket of its event loop).
        let high = fcntl(fd, F_DUPFD, 900)
        defer {
            close(fd)
            close(high)
        }
        try #require(fd >= 0 && high >= 900)
        #expect(try Self.status(of: "test ! -e /proc/self/fd/\(fd) && test ! -e /proc/self/fd/\(high)") == .exited(0))
    }

    @Test func theChildStartsWithNoSignalBlockedOrIgnored() async throws {
        // Block SIGUSR2 on the spawning thread: the child must not inherit the mask.
        let status = try await withCheckedThrowingContinuation { continuation in
            do {
                let thread = try OSThread.spawn(name: "vg-spawn") {
                    var blocked = sigset_t()
                    sigemptyset(&blocked)
                    sigaddset(&blocked, SIGUSR2)
                    pthread_sigmask(SIG_BLOCK, &blocked, nil)
                    // glibc keeps its two internal real-time signals (32, 33) as they are.
                    let check = #"grep -Eq '^SigBlk:[[:space:]]*0+$' /proc/self/status && "#
                        + #"set -- $(grep SigIgn /proc/self/status) && [ $(( 0x$2 & 0x7fffffff )) -eq 0 ]"#
                    continuation.resume(with: Result { try Self.status(of: check) })
                }
                thread.detach()
            } catch {
                continuation.resume(throwing: error)
            }
        }
        #expect(status == .exited(0))
    }

    @Test func theEnvironmentIsTheDaemonsUnlessOneIsGiven() throws {
        var command = Self.shell(#"test "$VG_ONLY" = 1 && test -z "$HOME""#)
        command.environment = ["VG_ONLY=1"]
        #expect(try ChildProcess.spawn(command).waitForExit() == .exited(0))
        setenv("VG_INHERITED", "2", 1)
        defer { unsetenv("VG_INHERITED") }
        #expect(try Self.status(of: #"test "$VG_INHERITED" = 2"#) == .exited(0))
    }

    @Test func aMissingExecutableAndAFileWithoutAShebangLineFailToSpawn() throws {
        #expect(throws: SystemError(call: "posix_spawn", errno: ENOENT)) {
            try ChildProcess.spawn(ChildCommand(executable: "/nonexistent/vg", arguments: ["vg"]))
        }
        var template = Array("/tmp/vigil-noshebang-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        try #require(fd >= 0)
        // Close-on-exec at once: a child spawned meanwhile by another test must not keep the file open
        // for writing, or exec would fail with ETXTBSY instead of ENOEXEC.
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        _ = write(fd, "exit 5\n", 7)
        close(fd)
        chmod(path, 0o755)
        #expect(throws: SystemError(call: "posix_spawn", errno: ENOEXEC)) {
            try ChildProcess.spawn(ChildCommand(executable: path, arguments: [path]))
        }
    }

    @Test func anExitedChildIsSeenWithoutBeingReapedUntilWaitedFor() throws {
        let child = try ChildProcess.spawn(Self.shell("exit 3"))
        let seen = Deadline.poll { child.hasExited() ? true : nil }
        #expect(seen == true)
        #expect(kill(child.pid, 0) == 0)  // a zombie still holds its pid
        #expect(try child.waitForExit() == .exited(3))
    }

    @Test func waitingUntilADeadlineGivesUpWhileTheChildRuns() throws {
        let child = try ChildProcess.spawn(ChildCommand(executable: "/bin/sleep", arguments: ["sleep", "30"]))
        #expect(try child.waitForExit(until: .now + .milliseconds(50)) == nil)
        #expect(try child.reapIfExited() == nil)
        child.signal(SIGKILL)
        #expect(try child.waitForExit(until: .now + .seconds(10)) == .signalled(SIGKILL))
    }

    @Test func pastItsTimeoutTheGroupGetsSIGTERM() throws {
        let child = try ChildProcess.spawn(Self.shell("sleep 30 & wait"))
        let (status, timedOut) = try child.waitForExit(timeout: .milliseconds(50), killGrace: .seconds(10))
        #expect(status == .signalled(SIGTERM))
        #expect(timedOut)
    }

    @Test func aChildIgnoringSIGTERMGetsSIGKILLAfterTheGrace() async throws {
        let began = ContinuousClock.now
        let child = try ChildProcess.spawn(Self.shell("trap '' TERM; while :; do sleep 0.05; done"))
        // The blocking wait runs on a thread of its own, not on the test's share of the cooperative pool.
        let (status, timedOut) = try await OSThread.run(name: "vg-wait") {
            Result { () throws(SystemError) in try child.waitForExit(timeout: .milliseconds(50), killGrace: .milliseconds(300)) }
        }.get()
        #expect(status == .signalled(SIGKILL))
        #expect(timedOut)
        #expect(ContinuousClock.now - began >= .milliseconds(350))
    }

    @Test func aChildEndingInTimeIsNotTimedOut() throws {
        let (status, timedOut) = try ChildProcess.spawn(Self.shell("exit 4")).waitForExit(
            timeout: .seconds(30), killGrace: .seconds(1))
        #expect(status == .exited(4))
        #expect(!timedOut)
    }
}
