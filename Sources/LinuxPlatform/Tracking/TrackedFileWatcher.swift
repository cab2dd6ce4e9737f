import Glibc
import KeepalivedConfig
import Synchronization

/// Reads the `track_file`s (Docs/Keepalived.md §3.14) and reports each change of value. keepalived
/// watches them with inotify; Vigil reads each file every `interval` (default 250 ms), which costs
/// one `open`/`read` per file per interval and reports a change within that interval.
public final class TrackedFileWatcher: Sendable {
    /// `track_file` name -> path.
    private let files: Mutex<[String: String]>
    private let interval: Duration
    private let values: Mutex<[String: Int]>
    private let task = Mutex<Task<Void, Never>?>(nil)

    public init(files: [String: String], interval: Duration = .milliseconds(250)) {
        self.files = Mutex(files)
        self.interval = interval
        values = Mutex([:])
    }

    /// Every file's value now (0 when missing or not a number; a number out of range reads 0 here,
    /// as keepalived starts from 0), remembered as the baseline of `start`.
    public func readAll() -> [String: Int] {
        var read: [String: Int] = [:]
        for (name, path) in files.withLock({ $0 }) { read[name] = Self.read(path) ?? 0 }
        values.withLock { $0 = read }
        return read
    }

    /// Watches `newFiles` from now on (a reload) and returns every value, read now: the engine
    /// gets each again, so a file a reload added has its reading at once.
    public func track(_ newFiles: [String: String]) -> [String: Int] {
        files.withLock { $0 = newFiles }
        return readAll()
    }

    /// Reads every file each interval and calls `changed` with each new value, until `stop`.
    public func start(_ changed: @escaping @Sendable (_ name: String, _ value: Int) -> Void) {
        let interval = interval
        let running = Task { [self] in
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: interval)
                } catch {
                    return
                }
                for (name, path) in files.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
                    guard let value = Self.read(path) else { continue }
                    let isNew = values.withLock { values in
                        defer { values[name] = value }
                        return values[name] != value
                    }
                    if isNew { changed(name, value) }
                }
            }
        }
        task.withLock { $0 = running }
    }

    public func stop() {
        task.withLock { $0?.cancel() }
    }

    /// The file's value: 0 when it is missing or empty, nil when its number is out of range.
    public static func read(_ path: String) -> Int? {
        guard let fd = try? System.open(path, flags: O_RDONLY | O_NONBLOCK) else { return 0 }
        defer { System.close(fd) }
        guard let bytes = try? System.read(fd, upTo: TrackFileValue.readLimit) else { return 0 }
        return TrackFileValue.parse(bytes)
    }

    /// `init_file VALUE [overwrite]`: writes `VALUE` and a newline unless the file exists and
    /// `overwrite` is off; an existing path that is not a regular file is left alone.
    public static func initialize(_ path: String, value: Int, overwrite: Bool) throws(SystemError) {
        if let status = try? System.linkStatus(path) {
            guard overwrite, status.kind == .regular else { return }
        }
        let fd = try System.open(path, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: 0o644)
        defer { System.close(fd) }
        try System.writeAll(fd, Array("\(value)\n".utf8))
    }
}
