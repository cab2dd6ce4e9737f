import Engine
import Glibc
import Runtime
import Synchronization

/// The notify FIFOs (Docs/Keepalived.md §6.3): each path is created as a FIFO when missing (mode
/// 0644, owned by the FIFO's user and group, removed again at `close`), opened read-write and
/// non-blocking, so a write never waits for a reader and a missing or slow reader loses lines
/// instead of stalling a loop. A path that already exists is used only if it is a FIFO owned by
/// this process's user or the FIFO's: a file someone else planted there gets no lines.
/// `lines(to:)` gives the sink for one side: the VRRP side writes `notify_fifo` and
/// `vrrp_notify_fifo`, the checker `notify_fifo` and `lvs_notify_fifo`.
public final class NotifyFIFOWriter: Sendable {
    private struct Opened: Sendable {
        var descriptor: Int32
        var created: Bool
    }

    private let opened: Mutex<[String: Opened]>

    /// Opens (creating where missing) every path in `paths`; one that cannot be opened is logged to
    /// `log` and written to by nobody, as keepalived does.
    public convenience init(paths: [String], log: any LogSink) {
        self.init(fifos: paths.map { ($0, nil) }, log: log)
    }

    /// Opens (creating where missing, owned by `owner` when given) every FIFO in `fifos`; one that
    /// cannot be opened is logged to `log` and written to by nobody, as keepalived does.
    public init(fifos: [(path: String, owner: ScriptUser?)], log: any LogSink) {
        var table: [String: Opened] = [:]
        for (path, owner) in fifos where table[path] == nil {
            let ids = owner.flatMap { Self.ids(of: $0, log: log) }
            if let descriptor = Self.open(path, owner: ids, log: log) { table[path] = descriptor }
        }
        opened = Mutex(table)
    }

    private static func open(_ path: String, owner: (uid_t, gid_t)?, log: any LogSink) -> Opened? {
        var created = false
        do {
            try System.makeFIFO(path, mode: S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH)
            created = true
        } catch where error.errno == EEXIST {
            // An existing FIFO is used as it is, once checked below.
        } catch {
            log.write(.info("Unable to create notify fifo \(path): \(error)"))
            return nil
        }
        let me = System.userID()
        if created, let (user, group) = owner, user != me || group != System.groupID() {
            do {
                try System.changeOwner(path, user: user == me ? uid_t.max : user, group: group)
            } catch {
                log.write(.info("Failed to set uid:gid for notify fifo \(path): \(error)"))
            }
        }
        let descriptor: Int32
        do {
            descriptor = try System.open(path, flags: O_RDWR | O_NONBLOCK | O_NOFOLLOW)
        } catch {
            log.write(.info("Unable to open notify fifo \(path): \(error)"))
            if created { try? System.unlink(path) }
            return nil
        }
        guard let status = try? System.status(of: descriptor), status.kind == .fifo,
            status.ownerID == me || status.ownerID == owner?.0
        else {
            log.write(.warning("notify fifo \(path) is not a fifo owned by us or its user - not using it"))
            System.close(descriptor)
            if created { try? System.unlink(path) }
            return nil
        }
        return Opened(descriptor: descriptor, created: created)
    }

    /// The uid and gid of `owner` (its group, else the user's primary group); nil, logged, when the
    /// user or group does not exist.
    private static func ids(of owner: ScriptUser, log: any LogSink) -> (uid_t, gid_t)? {
        guard let entry = System.passwdEntry(owner.name) else {
            log.write(.warning("notify fifo owner \(owner.name) does not exist; the fifo keeps this process's owner"))
            return nil
        }
        guard let group = owner.group else { return (entry.userID, entry.groupID) }
        guard let groupID = System.groupID(group) else {
            log.write(.warning("notify fifo group \(group) does not exist; the fifo keeps this process's owner"))
            return nil
        }
        return (entry.userID, groupID)
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
