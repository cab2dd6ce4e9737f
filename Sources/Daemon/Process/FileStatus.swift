import Glibc

/// The few stat(2) facts the daemon needs about script files and the directories above them.
struct FileStatus: Hashable, Sendable {
    var ownerID: uid_t
    var groupID: gid_t
    var mode: mode_t

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        ownerID = info.st_uid
        groupID = info.st_gid
        mode = info.st_mode
    }

    init(ownerID: uid_t, groupID: gid_t, mode: mode_t) {
        self.ownerID = ownerID
        self.groupID = groupID
        self.mode = mode
    }

    var isRegularFile: Bool { mode & S_IFMT == S_IFREG }

    /// True when someone other than root can modify it: a non-root owner, a writable non-root
    /// group, or write permission for others.
    var isWritableByNonRoot: Bool {
        ownerID != 0 || (mode & S_IWGRP != 0 && groupID != 0) || mode & S_IWOTH != 0
    }

    static func isRegularFile(_ path: String) -> Bool { FileStatus(path: path)?.isRegularFile ?? false }
}
