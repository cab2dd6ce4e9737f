import Glibc
import LinuxPlatform
import Testing

@Suite struct ChildProcessRunTests {
    private static func shell(_ script: String) -> ChildCommand {
        ChildCommand(executable: "/bin/sh", arguments: ["sh", "-c", script], newProcessGroup: false)
    }

    @Test func outputAndErrorAreCollectedApart() throws {
        let captured = try ChildProcess.run(Self.shell("echo out; echo err >&2; exit 2"))
        #expect(captured == CapturedOutput(status: .exited(2), standardOutput: Array("out\n".utf8), standardError: Array("err\n".utf8)))
    }

    @Test func mergedErrorKeepsItsPlaceInTheOutput() throws {
        let captured = try ChildProcess.run(Self.shell("echo one; echo two >&2; echo three"), mergingStandardError: true)
        #expect(String(decoding: captured.standardOutput, as: UTF8.self) == "one\ntwo\nthree\n")
        #expect(captured.standardError.isEmpty)
    }

    @Test func withoutInputTheChildReadsEndOfFile() throws {
        let captured = try ChildProcess.run(Self.shell("cat; echo done"))
        #expect(String(decoding: captured.standardOutput, as: UTF8.self) == "done\n")
    }

    @Test func largeInputAndOutputFlowBothWays() throws {
        let input = [UInt8](repeating: 65, count: 1 << 20)
        let captured = try ChildProcess.run(
            ChildCommand(executable: "/bin/cat", arguments: ["cat"], newProcessGroup: false), input: input,
            timeout: .seconds(30))
        #expect(captured.standardOutput == input)
    }

    @Test func aChildPastItsTimeoutIsKilledAndReported() {
        let began = ContinuousClock.now
        #expect(throws: ChildRunError.timedOut) {
            try ChildProcess.run(Self.shell("exec sleep 30"), timeout: .milliseconds(100))
        }
        #expect(ContinuousClock.now - began < .seconds(10))
    }

    @Test func aChildThatCannotStartIsASpawnFailure() {
        #expect(throws: ChildRunError.spawnFailed(SystemError(call: "posix_spawn", errno: ENOENT))) {
            try ChildProcess.run(ChildCommand(executable: "/nonexistent/vg", arguments: ["vg"]))
        }
    }
}
