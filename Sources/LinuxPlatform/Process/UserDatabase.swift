import Engine
import Glibc

/// Resolves user and group names through the system's passwd and group databases.
public enum UserDatabase {
    /// A name the databases do not know.
    public enum LookupError: Error, Hashable, CustomStringConvertible {
        case unknownUser(String)
        case unknownGroup(String)

        public var description: String {
            switch self {
            case .unknownUser(let name): "unknown user '\(name)'"
            case .unknownGroup(let name): "unknown group '\(name)'"
            }
        }
    }

    /// The identity of `user`: its uid, and the named group or else the user's primary group.
    public static func identity(of user: ScriptUser) throws(LookupError) -> ProcessIdentity {
        guard let (uid, primaryGroup) = System.passwdEntry(user.name) else { throw .unknownUser(user.name) }
        guard let groupName = user.group else { return ProcessIdentity(userID: uid, groupID: primaryGroup) }
        guard let gid = System.groupID(groupName) else { throw .unknownGroup(groupName) }
        return ProcessIdentity(userID: uid, groupID: gid)
    }

    /// True when the passwd database knows `name`.
    public static func userExists(_ name: String) -> Bool { System.passwdEntry(name) != nil }
}
