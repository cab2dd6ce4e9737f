import Glibc

/// The numeric user and group a child process switches to before exec.
struct ProcessIdentity: Hashable, Sendable {
    var userID: uid_t
    var groupID: gid_t

    var isRoot: Bool { userID == 0 }
}
