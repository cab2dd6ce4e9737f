import Engine
import Glibc
import Testing

@testable import LinuxPlatform

@Suite struct ProcessScriptRunnerTests {
    private let runner = ProcessScriptRunner(environment: ["PATH=/usr/bin:/bin", "IFS=x", "LD_PRELOAD=/x.so", "KEEP=1"])

    private func run(_ arguments: [String], user: ScriptUser? = nil, timeout: Duration = .seconds(10)) async
        -> ScriptOutcome
    {
        await runner.run(ScriptRequest(purpose: .check(name: "t"), arguments: arguments, user: user, timeout: timeout))
    }

    @Test(arguments: [
        (["/bin/true"], ScriptOutcome.exited(0)),
        (["false"], .exited(1)),
        (["/bin/sh", "-c", "exit 7"], .exited(7)),
        (["exit 3"], .exited(3)),
        (["/bin/sh", "-c", "kill -USR1 $$"], .signalled(SIGUSR1)),
    ])
    func theExitStatusOrSignalIsReported(arguments: [String], expected: ScriptOutcome) async {
        #expect(await run(arguments) == expected)
    }

    @Test func unsafeVariablesAreRemovedAndTheRestIsPassedOn() async {
        let check = #"! env | grep -q -e ^IFS= -e ^LD_PRELOAD= && test "$KEEP" = 1"#
        #expect(await run(["/bin/sh", "-c", check]) == .exited(0))
    }

    @Test func theScriptRunsInAProcessGroupOfItsOwn() async {
        #expect(await run(["/bin/sh", "-c", #"read -r _ _ _ _ group _ < /proc/$$/stat; test "$group" = "$$""#]) == .exited(0))
    }

    @Test func aScriptPastItsTimeoutIsTerminatedAndReportedAsTimedOut() async {
        #expect(await run(["/bin/sleep", "30"], timeout: .milliseconds(50)) == .timedOut)
    }

    @Test func aScriptIgnoringSIGTERMIsKilledAfterTheGracePeriod() async {
        let stubborn = ["/bin/sh", "-c", "trap '' TERM; while :; do sleep 0.05; done"]
        #expect(await run(stubborn, timeout: .milliseconds(50)) == .timedOut)
    }

    @Test(.enabled(if: getuid() == 0)) func aScriptRunsAsTheRequestedUser() async {
        let check = ["/bin/sh", "-c", #"test "$(id -u)" = 65534 && test "$(id -G)" = "$(id -g)""#]
        #expect(await run(check, user: ScriptUser(name: "nobody", group: "nogroup")) == .exited(0))
    }

    @Test func anUnknownUserMeansTheScriptDoesNotStart() async {
        #expect(await run(["/bin/true"], user: ScriptUser(name: "no-such-user-vigil")) ==
            .failedToStart("unknown user 'no-such-user-vigil'"))
    }

    @Test func theDaemonsOwnDescriptorsAreClosedInTheChild() async {
        let fd = open("/dev/null", O_RDONLY)
        defer { close(fd) }
        #expect(await run(["/bin/sh", "-c", "test ! -e /proc/self/fd/\(fd)"]) == .exited(0))
    }

    @Test func anExecutableFileWithoutAShebangLineRunsUnderTheShell() async throws {
        var template = Array("/tmp/vigil-noshebang-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        try #require(fd >= 0)
        // Close-on-exec at once: a child spawned meanwhile by another test must not keep the file open
        // for writing, or the exec would fail with ETXTBSY.
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        let body = Array("exit 5\n".utf8)
        #expect(write(fd, body, body.count) == body.count)
        close(fd)
        chmod(path, 0o755)
        #expect(await run([path]) == .exited(5))
    }
}
