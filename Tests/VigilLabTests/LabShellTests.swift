import Foundation
import Glibc
import LinuxPlatform
import Testing

@testable import VigilLab

@Suite struct LabShellTests {
    @Test func aCommandsStatusAndCombinedOutputComeBack() throws {
        let (status, output) = try LabShell().runStatus(["sh", "-c", "echo one; echo two >&2; exit 3"])
        #expect(status == 3)
        #expect(output == "one\ntwo\n")
    }

    @Test func aNonZeroExitThrowsUnlessAllowed() throws {
        let shell = LabShell()
        #expect(throws: LabCommandError.self) { try shell.run(["sh", "-c", "exit 1"]) }
        #expect(try shell.run(["sh", "-c", "echo tolerated; exit 1"], allowFailure: true) == "tolerated\n")
        #expect(try shell.runStatus(["sh", "-c", "kill -TERM $$"]).0 == 128 + SIGTERM)
    }

    @Test func anUnknownCommandIsNotFound() {
        #expect(throws: LabCommandError.self) { try LabShell().run(["vg-no-such-command"]) }
    }

    @Test func aBackgroundProcessLogsLeadsItsGroupAndEndsOnASignal() throws {
        let shell = LabShell()
        let log = Self.temporaryPath()
        defer { unlink(log) }
        let pid = try shell.start(["sh", "-c", "echo started; echo warned >&2; exec sleep 30"], logPath: log).pid
        #expect(getpgid(pid) == pid)
        #expect(shell.isRunning(pid))
        let logged = Deadline.poll { (try? String(contentsOfFile: log, encoding: .utf8)) == "started\nwarned\n" }
        #expect(logged)
        shell.signal(pid, SIGTERM)
        #expect(!shell.isRunning(pid))
        #expect(kill(pid, 0) != 0)
    }

    @Test func stopAllEndsEveryBackgroundProcessEvenOneIgnoringSIGTERM() async throws {
        let shell = LabShell()
        let log = Self.temporaryPath()
        defer { unlink(log) }
        let stubborn = try shell.start(
            ["sh", "-c", "trap '' TERM; echo ready; while :; do sleep 0.05; done"], logPath: log).pid
        let plain = try shell.start(["sleep", "30"], logPath: "/dev/null").pid
        #expect(Deadline.poll { (try? String(contentsOfFile: log, encoding: .utf8)) == "ready\n" })
        let began = ContinuousClock.now
        // stopAll blocks for seconds: on a thread of its own, not on the cooperative pool.
        await OSThread.run(name: "vg-stop") { shell.stopAll() }
        #expect(!shell.isRunning(stubborn))
        #expect(!shell.isRunning(plain))
        #expect(kill(stubborn, 0) != 0 && kill(plain, 0) != 0)
        // SIGTERM is ignored, so only the SIGKILL 3 s later can have ended it.
        #expect(ContinuousClock.now - began >= .seconds(3))
    }

    private static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("vg-lab-\(UUID().uuidString)").path
    }
}

/// Polls a condition with a deadline instead of sleeping a fixed time.
private enum Deadline {
    static func poll(timeout: Duration = .seconds(5), _ condition: () -> Bool) -> Bool {
        let end = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < end else { return false }
            usleep(5_000)
        }
        return true
    }
}
