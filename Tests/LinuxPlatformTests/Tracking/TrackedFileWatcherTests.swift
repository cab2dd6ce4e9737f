import Foundation
import Glibc
import Synchronization
import Testing

@testable import LinuxPlatform

@Suite struct TrackedFileWatcherTests {
    private func temporaryPath() -> String {
        "/tmp/vigil-track-file-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    @Test func initFileWritesTheValueUnlessTheFileExistsAndOverwriteIsOff() throws {
        let path = temporaryPath()
        defer { unlink(path) }
        try TrackedFileWatcher.initialize(path, value: 7, overwrite: false)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "7\n")
        try TrackedFileWatcher.initialize(path, value: 9, overwrite: false)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "7\n")
        try TrackedFileWatcher.initialize(path, value: 9, overwrite: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "9\n")
    }

    @Test func aMissingFileReadsZeroAndAChangeIsReported() async throws {
        let path = temporaryPath()
        defer { unlink(path) }
        let watcher = TrackedFileWatcher(files: ["flag": path], interval: .milliseconds(20))
        #expect(watcher.readAll() == ["flag": 0])
        let seen = Mutex<[Int]>([])
        watcher.start { _, value in seen.withLock { $0.append(value) } }
        defer { watcher.stop() }
        try "42\n".write(toFile: path, atomically: true, encoding: .utf8)
        let clock = ContinuousClock()
        // Generous: under a loaded parallel run the cooperative pool may not run the watcher for seconds.
        let deadline = clock.now + .seconds(30)
        while clock.now < deadline, seen.withLock({ $0 }).isEmpty { try await Task.sleep(for: .milliseconds(20)) }
        #expect(seen.withLock { $0 } == [42])
    }
}
