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

    /// `notify_fifo PATH nobody nogroup`: the FIFO Vigil creates belongs to its owner words (as root).
    @Test(.enabled(if: getuid() == 0, "chown needs root"))
    func aCreatedFIFOBelongsToItsOwnerWords() throws {
        let path = temporaryPath()
        let writer = NotifyFIFOWriter(fifos: [(path, ScriptUser(name: "nobody", group: "nogroup"))], log: Lines())
        defer { writer.close() }
        var info = stat()
        #expect(lstat(path, &info) == 0)
        #expect(info.st_uid == 65534 && info.st_gid == 65534)
        #expect(writer.openPaths == [path])
    }

    /// What someone else planted at the path (a regular file, or a FIFO of another user's) gets no lines.
    @Test(.enabled(if: getuid() == 0, "chown needs root"))
    func aPlantedFileOrAnotherUsersFIFOIsNotUsed() throws {
        let planted = temporaryPath()
        let file = open(planted, O_CREAT | O_WRONLY, 0o644)
        close(file)
        defer { unlink(planted) }
        let foreign = temporaryPath()
        #expect(mkfifo(foreign, 0o644) == 0 && chown(foreign, 65534, 65534) == 0)
        defer { unlink(foreign) }
        let log = Lines()
        let writer = NotifyFIFOWriter(fifos: [(planted, nil), (foreign, nil)], log: log)
        #expect(writer.openPaths.isEmpty)
        #expect(log.records.withLock { $0.filter { $0.contains("not a fifo owned by us") }.count } == 2)
        writer.close()
        // Not created by the writer, so both are still there.
        #expect(access(planted, F_OK) == 0 && access(foreign, F_OK) == 0)
        // The FIFO's own user may own it.
        let owned = NotifyFIFOWriter(fifos: [(foreign, ScriptUser(name: "nobody"))], log: Lines())
        #expect(owned.openPaths == [foreign])
        owned.close()
    }
}
