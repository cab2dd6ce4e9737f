import Glibc
import Testing

@testable import LinuxPlatform

@Suite struct PidFileTests {
    private func temporaryPath() -> String {
        "/tmp/vigil-pid-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).pid"
    }

    @Test func claimWritesOurPidAndReleaseRemovesIt() throws {
        let file = PidFile(path: temporaryPath())
        try file.claim()
        #expect(file.recordedPID() == getpid())
        file.release()
        #expect(access(file.path, F_OK) != 0)
    }

    @Test func aLiveProcessInThePidFileRefusesTheClaim() throws {
        let file = PidFile(path: temporaryPath())
        defer { unlink(file.path) }
        let fd = open(file.path, O_WRONLY | O_CREAT, 0o644)
        let text = Array("1\n".utf8)
        #expect(write(fd, text, text.count) == 2)
        close(fd)
        #expect(throws: PidFile.PidFileError.alreadyRunning(path: file.path, pid: 1)) { try file.claim() }
    }

    @Test func aStalePidFileIsTakenOver() throws {
        let file = PidFile(path: temporaryPath())
        defer { unlink(file.path) }
        let fd = open(file.path, O_WRONLY | O_CREAT, 0o644)
        let text = Array("2147483646\n".utf8)
        #expect(write(fd, text, text.count) == text.count)
        close(fd)
        try file.claim()
        #expect(file.recordedPID() == getpid())
    }

    @Test func releaseLeavesAFileThatNamesSomeoneElse() throws {
        let file = PidFile(path: temporaryPath())
        defer { unlink(file.path) }
        let fd = open(file.path, O_WRONLY | O_CREAT, 0o644)
        let text = Array("1\n".utf8)
        #expect(write(fd, text, text.count) == 2)
        close(fd)
        file.release()
        #expect(access(file.path, F_OK) == 0)
    }
}
