import Glibc

/// The numeric user and group a child process switches to before exec.
public struct ProcessIdentity: Hashable, Sendable {
    public var userID: uid_t
    public var groupID: gid_t

    public init(userID: uid_t, groupID: gid_t) {
        self.userID = userID
        self.groupID = groupID
    }

    public var isRoot: Bool { userID == 0 }
}
