import Engine
import Glibc

/// Resolves user and group names through the system's passwd and group databases.
enum UserDatabase {
    enum LookupError: Error, Hashable, CustomStringConvertible {
        case unknownUser(String)
        case unknownGroup(String)

        var description: String {
            switch self {
            case .unknownUser(let name): "unknown user '\(name)'"
            case .unknownGroup(let name): "unknown group '\(name)'"
            }
        }
    }

    /// The identity of `user`: its uid, and the named group or else the user's primary group.
    static func identity(of user: ScriptUser) throws(LookupError) -> ProcessIdentity {
        guard let (uid, primaryGroup) = passwdEntry(user.name) else { throw .unknownUser(user.name) }
        guard let groupName = user.group else { return ProcessIdentity(userID: uid, groupID: primaryGroup) }
        guard let gid = groupID(groupName) else { throw .unknownGroup(groupName) }
        return ProcessIdentity(userID: uid, groupID: gid)
    }

    /// True when the passwd database knows `name`.
    static func userExists(_ name: String) -> Bool { passwdEntry(name) != nil }

    private static func passwdEntry(_ name: String) -> (uid_t, gid_t)? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        let status = getpwnam_r(name, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil else { return nil }
        return (entry.pw_uid, entry.pw_gid)
    }

    private static func groupID(_ name: String) -> gid_t? {
        var entry = group()
        var result: UnsafeMutablePointer<group>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        let status = getgrnam_r(name, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil else { return nil }
        return entry.gr_gid
    }
}
