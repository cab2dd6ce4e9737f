import Engine
import Glibc
import Runtime
import Synchronization
import Testing

@testable import LinuxPlatform

private final class Lines: LogSink {
    let records = Mutex<[String]>([])
    func write(_ record: LogRecord) { records.withLock { $0.append(record.message) } }
}

@Suite struct NotifyFIFOWriterTests {
    private func temporaryPath() -> String {
        "/tmp/vigil-fifo-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    private func readAvailable(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        return count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self) : ""
    }

    @Test func aMissingFIFOIsCreatedWrittenAndRemovedAtClose() throws {
        let path = temporaryPath()
        let writer = NotifyFIFOWriter(paths: [path], log: Lines())
        var info = stat()
        #expect(lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
        #expect(info.st_mode & 0o777 == 0o644)
        let reader = open(path, O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        writer.lines(to: [path]).write(.instance("VI_1", .master, priority: 100))
        writer.lines(to: [path]).write(.virtualServer("[10.0.0.1]:tcp:80", up: false))
        #expect(readAvailable(reader) == "INSTANCE \"VI_1\" MASTER 100\nVS [10.0.0.1]:tcp:80 DOWN\n")
        writer.close()
        #expect(access(path, F_OK) != 0)
    }

    @Test func anExistingFIFOIsKeptAndAWriteWithoutReaderNeverBlocks() throws {
        let path = temporaryPath()
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        let writer = NotifyFIFOWriter(paths: [path], log: Lines())
        // No reader, and far more than a pipe holds: every write returns at once.
        for _ in 0..<20_000 { writer.lines(to: [path]).write(.group("G1", .backup)) }
        writer.close()
        #expect(access(path, F_OK) == 0)
    }

    @Test func aPathThatCannotBeMadeIsLoggedAndSkipped() {
        let log = Lines()
        let writer = NotifyFIFOWriter(paths: ["/nonexistent-dir-\(getpid())/fifo"], log: log)
        #expect(writer.openPaths.isEmpty)
        #expect(log.records.withLock { $0.contains { $0.hasPrefix("Unable to create notify fifo") } })
        writer.close()
    }
}
