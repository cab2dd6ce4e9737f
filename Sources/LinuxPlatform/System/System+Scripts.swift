import Glibc

/// What the script runner asks of the system: file status and access, the passwd and group
/// databases, and this process's environment.
extension System {
    /// `stat(2)` of `path`: (owner, group, mode); nil when it cannot be read (missing, no access).
    package static func fileStatus(_ path: String) -> (owner: uid_t, group: gid_t, mode: mode_t)? {
        var info = stat()
        do {
            _ = try retrying("stat") { stat(path, &info) }
        } catch {
            return nil
        }
        return (info.st_uid, info.st_gid, info.st_mode)
    }

    /// `access(2)` of `path` for `mode` (`X_OK`, `F_OK`, ...).
    package static func isAccessible(_ path: String, mode: Int32) -> Bool {
        do {
            _ = try retrying("access") { Glibc.access(path, mode) }
            return true
        } catch {
            return false
        }
    }

    /// The passwd entry of `name` (`getpwnam_r`): its uid and primary gid; nil when there is none.
    package static func passwdEntry(_ name: String) -> (userID: uid_t, groupID: gid_t)? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        let status = retryingReturnedError { getpwnam_r(name, &entry, &buffer, buffer.count, &result) }
        guard status == 0, result != nil else { return nil }
        return (entry.pw_uid, entry.pw_gid)
    }

    /// The gid of group `name` (`getgrnam_r`); nil when there is none.
    package static func groupID(_ name: String) -> gid_t? {
        var entry = group()
        var result: UnsafeMutablePointer<group>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        let status = retryingReturnedError { getgrnam_r(name, &entry, &buffer, buffer.count, &result) }
        guard status == 0, result != nil else { return nil }
        return entry.gr_gid
    }

    /// This process's real user id (`getuid`, which cannot fail).
    package static func userID() -> uid_t { getuid() }

    /// This process's real group id (`getgid`, which cannot fail).
    package static func groupID() -> gid_t { getgid() }

    /// This process's environment as `NAME=value` strings.
    package static func environment() -> [String] {
        var result: [String] = []
        var cursor = environ
        while let entry = cursor.pointee {
            result.append(String(cString: entry))
            cursor += 1
        }
        return result
    }

    /// Runs a call that returns an error number (0 on success), again while it returns `EINTR`.
    private static func retryingReturnedError(_ body: () -> Int32) -> Int32 {
        while true {
            let status = body()
            if status != EINTR { return status }
        }
    }
}
