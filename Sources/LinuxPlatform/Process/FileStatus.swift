import Glibc

/// The few stat(2) facts the script runner needs about script files and the directories above them.
public struct FileStatus: Hashable, Sendable {
    public var ownerID: uid_t
    public var groupID: gid_t
    public var mode: mode_t

    /// The status of `path`; nil when it does not exist or cannot be read.
    public init?(path: String) {
        guard let (owner, group, mode) = System.fileStatus(path) else { return nil }
        ownerID = owner
        groupID = group
        self.mode = mode
    }

    public init(ownerID: uid_t, groupID: gid_t, mode: mode_t) {
        self.ownerID = ownerID
        self.groupID = groupID
        self.mode = mode
    }

    public var isRegularFile: Bool { mode & S_IFMT == S_IFREG }

    /// True when someone other than root can modify it: a non-root owner, a writable non-root
    /// group, or write permission for others.
    public var isWritableByNonRoot: Bool {
        ownerID != 0 || (mode & S_IWGRP != 0 && groupID != 0) || mode & S_IWOTH != 0
    }

    /// True when `path` is a regular file.
    public static func isRegularFile(_ path: String) -> Bool { FileStatus(path: path)?.isRegularFile ?? false }

    /// True when `path` is a regular file this process may execute.
    public static func isExecutableFile(_ path: String) -> Bool {
        System.isAccessible(path, mode: X_OK) && isRegularFile(path)
    }
}
