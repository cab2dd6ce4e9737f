import Engine
import Glibc
import Runtime
import Synchronization
import TestSupport
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

    @Test func atTheTimeoutNothingTheScriptStartedOutlivesIt() async throws {
        let directory = try ScratchDirectory(mode: 0o755)
        defer { directory.remove() }
        let pidFile = directory.path + "/pid"
        // The leader dies of SIGTERM at once; the child it left behind ignores SIGTERM.
        let script = "sh -c 'trap \"\" TERM; while :; do sleep 0.05; done' & echo $! > \(pidFile); wait"
        #expect(await run(["/bin/sh", "-c", script], timeout: .milliseconds(300)) == .timedOut)
        let written = try #require(ScratchDirectory.read(pidFile))
        let pid = try #require(pid_t(written))
        #expect(await waitUntil(timeout: .seconds(5)) { kill(pid, 0) != 0 && errno == ESRCH })
    }

    @Test(.enabled(if: getuid() == 0)) func scriptSecurityRefusesARootScriptInAWorldWritableDirectory() async throws {
        let directory = try ScratchDirectory(mode: 0o777)
        defer { directory.remove() }
        let marker = directory.path + "/ran"
        let script = try directory.write("check.sh", "#!/bin/sh\necho ran > \(marker)\n", mode: 0o755)
        let log = RecordingLog()
        let runner = ProcessScriptRunner(environment: ["PATH=/usr/bin:/bin"], log: log)
        let request = ScriptRequest(
            purpose: .check(name: "t"), arguments: [script], timeout: .seconds(10), enforcesScriptSecurity: true)
        let reason =
            "Unsafe permissions found for script '\(script)' (\(script)): \(directory.path) is writable by a non-root user - disabling"
        #expect(await runner.run(request) == .failedToStart(reason))
        #expect(access(marker, F_OK) != 0)
        #expect(log.records == [.error(reason)])
        // The same script as another user, or without enable_script_security, runs.
        var asNobody = request
        asNobody.user = ScriptUser(name: "nobody")
        #expect(await runner.run(asNobody) == .exited(0))
        var unenforced = request
        unenforced.enforcesScriptSecurity = false
        #expect(await runner.run(unenforced) == .exited(0))
        #expect(access(marker, F_OK) == 0)
    }

    @Test(.enabled(if: getuid() == 0)) func theRequestedUserWritesAsThatUser() async throws {
        let directory = try ScratchDirectory(mode: 0o777)
        defer { directory.remove() }
        let output = directory.path + "/id"
        let request = ScriptRequest(
            purpose: .check(name: "t"), arguments: ["/bin/sh", "-c", "id -u > \(output)"],
            user: ScriptUser(name: "nobody"), timeout: .seconds(10), enforcesScriptSecurity: true)
        #expect(await runner.run(request) == .exited(0))
        #expect(ScratchDirectory.read(output) == "65534")
    }
}

/// Log records a runner wrote.
private final class RecordingLog: LogSink {
    private let written = Mutex<[LogRecord]>([])

    func write(_ record: LogRecord) { written.withLock { $0.append(record) } }

    var records: [LogRecord] { written.withLock { $0 } }
}

/// A directory of the test's own under /tmp, with the mode asked for (umask aside).
private struct ScratchDirectory {
    let path: String

    init(mode: mode_t) throws {
        var template = Array("/tmp/vigil-scripts-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { throw SystemError(call: "mkdtemp", errno: errno) }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        chmod(path, mode)
    }

    /// Writes `name` with `contents` and `mode`; returns its path.
    func write(_ name: String, _ contents: String, mode: mode_t) throws -> String {
        let file = path + "/" + name
        let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw SystemError(call: "open", errno: errno) }
        let bytes = Array(contents.utf8)
        _ = Glibc.write(fd, bytes, bytes.count)
        close(fd)
        chmod(file, mode)
        return file
    }

    /// The file's contents without the trailing newline; nil when it cannot be read.
    static func read(_ file: String) -> String? {
        let fd = open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = Glibc.read(fd, &buffer, buffer.count)
        guard count >= 0 else { return nil }
        return String(decoding: buffer.prefix(count), as: UTF8.self).trimmingSuffix(while: { $0 == "\n" })
    }

    func remove() {
        if let entries = opendir(path) {
            while let entry = readdir(entries) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != "." && name != ".." { unlink(path + "/" + name) }
            }
            closedir(entries)
        }
        rmdir(path)
    }
}

extension String {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var result = self
        while let last = result.last, predicate(last) { result.removeLast() }
        return result
    }
}
