@testable import LinuxPlatform
import Testing

@Suite struct NFTablesProcessTests {
    @Test func inputReachesTheChildAndItsOutputComesBack() throws {
        let text = String(repeating: "table inet vigil\n", count: 20_000)
        let output = try NFTablesProcess.run(
            executable: "/bin/cat", arguments: [], input: Array(text.utf8), timeout: .seconds(10))
        #expect(output.exitStatus == 0)
        #expect(output.standardOutput == Array(text.utf8))
    }

    @Test func theExitStatusAndStandardErrorAreReported() throws {
        let output = try NFTablesProcess.run(
            executable: "/bin/sh", arguments: ["-c", "echo refused >&2; exit 3"], input: [], timeout: .seconds(10))
        #expect(output.exitStatus == 3)
        #expect(String(decoding: output.standardError, as: UTF8.self) == "refused\n")
    }

    @Test func aChildThatIgnoresItsInputDoesNotHurtTheCaller() throws {
        let output = try NFTablesProcess.run(
            executable: "/bin/true", arguments: [], input: [UInt8](repeating: 65, count: 1 << 20), timeout: .seconds(10)
        )
        #expect(output.exitStatus == 0)
    }

    @Test func aChildPastItsDeadlineIsKilled() {
        let start = ContinuousClock.now
        #expect(throws: NFTablesError.timedOut(after: .milliseconds(200))) {
            try NFTablesProcess.run(executable: "/bin/sleep", arguments: ["30"], input: [], timeout: .milliseconds(200))
        }
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func aMissingExecutableIsASpawnFailure() {
        #expect(throws: NFTablesError.spawnFailed(executable: "/nonexistent/nft", errno: 2)) {
            try NFTablesProcess.run(executable: "/nonexistent/nft", arguments: [], input: [], timeout: .seconds(1))
        }
    }
}
