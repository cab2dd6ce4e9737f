import CNetShim
import Glibc

/// Who is at the other end of a connected Unix socket, as the kernel vouches for it (SO_PEERCRED,
/// unix(7)): the credentials the peer had when it connected. The status socket's control commands
/// are served to root only and logged with the asker's uid and pid.
public struct PeerCredentials: Hashable, Sendable, CustomStringConvertible {
    public var processID: Int32
    public var userID: UInt32
    public var groupID: UInt32

    public init(processID: Int32, userID: UInt32, groupID: UInt32) {
        self.processID = processID
        self.userID = userID
        self.groupID = groupID
    }

    /// The kernel's `struct ucred`, as `getsockopt(SOL_SOCKET, SO_PEERCRED)` fills it.
    public typealias Record = vigil_ucred

    /// `getsockopt`'s level and option name that read a `Record`.
    public static let optionLevel: Int32 = SOL_SOCKET
    public static let optionName: Int32 = SO_PEERCRED

    public init(_ record: Record) {
        self.init(processID: record.pid, userID: record.uid, groupID: record.gid)
    }

    /// Only root may change the daemon's state.
    public var isRoot: Bool { userID == 0 }

    /// `uid 0 pid 1234`, as the daemon's log names an asker.
    public var description: String { "uid \(userID) pid \(processID)" }
}
