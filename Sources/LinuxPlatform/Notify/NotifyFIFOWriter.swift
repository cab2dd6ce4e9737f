import Engine
import Glibc
import Runtime
import Synchronization

/// The notify FIFOs (Docs/Keepalived.md §6.3): each path is created as a FIFO when missing (mode
/// 0644, removed again at `close`), opened read-write and non-blocking, so a write never waits for
/// a reader and a missing or slow reader loses lines instead of stalling a loop. `lines(to:)` gives
/// the sink for one side: the VRRP side writes `notify_fifo` and `vrrp_notify_fifo`, the checker
/// `notify_fifo` and `lvs_notify_fifo`.
public final class NotifyFIFOWriter: Sendable {
    private struct Opened: Sendable {
        var descriptor: Int32
        var created: Bool
    }

    private let opened: Mutex<[String: Opened]>

    /// Opens (creating where missing) every path in `paths`; one that cannot be opened is logged to
    /// `log` and written to by nobody, as keepalived does.
    public init(paths: [String], log: any LogSink) {
        var table: [String: Opened] = [:]
        for path in paths where table[path] == nil {
            var created = false
            do {
                try System.makeFIFO(path, mode: S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH)
                created = true
            } catch where error.errno == EEXIST {
                // An existing FIFO is used as it is.
            } catch {
                log.write(.info("Unable to create notify fifo \(path): \(error)"))
                continue
            }
            do {
                let descriptor = try System.open(path, flags: O_RDWR | O_NONBLOCK | O_NOFOLLOW)
                table[path] = Opened(descriptor: descriptor, created: created)
            } catch {
                log.write(.info("Unable to open notify fifo \(path): \(error)"))
                if created { try? System.unlink(path) }
            }
        }
        opened = Mutex(table)
    }

    /// The paths that are open.
    public var openPaths: [String] { opened.withLock { $0.keys.sorted() } }

    /// Writes `line` to each of `paths` that is open; a full FIFO drops the line.
    public func write(_ line: NotifyFIFOLine, to paths: [String]) {
        let bytes = Array(line.text.utf8)
        let descriptors = opened.withLock { table in paths.compactMap { table[$0]?.descriptor } }
        for descriptor in descriptors {
            _ = try? System.write(descriptor, bytes)
        }
    }

    /// The sink that writes to `paths`.
    public func lines(to paths: [String]) -> any NotifyFIFOSink {
        Selection(writer: self, paths: paths)
    }

    /// Removes the FIFOs this writer created (first, so a reader that reopens in a loop cannot
    /// reopen them), then closes every descriptor; the readers see end of file.
    public func close() {
        let table = opened.withLock { table in
            defer { table = [:] }
            return table
        }
        for (path, fifo) in table {
            if fifo.created { try? System.unlink(path) }
            System.close(fifo.descriptor)
        }
    }

    private struct Selection: NotifyFIFOSink {
        let writer: NotifyFIFOWriter
        let paths: [String]

        func write(_ line: NotifyFIFOLine) {
            writer.write(line, to: paths)
        }
    }
}
