import Glibc

/// The host name and user keepalived falls back on for `router_id`, `notification_email_from`
/// (`user@host`) and `smtp_helo_name`.
public struct LocalMailIdentity: Hashable, Sendable {
    public var hostname: String
    public var userName: String

    public init(hostname: String, userName: String) {
        self.hostname = hostname
        self.userName = userName
    }

    /// `gethostname(2)` and the effective user's name from the password database.
    public static func current() -> LocalMailIdentity {
        var buffer = [CChar](repeating: 0, count: 256)
        let hostname =
            gethostname(&buffer, buffer.count - 1) == 0
            ? String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        return LocalMailIdentity(hostname: hostname.isEmpty ? "localhost" : hostname, userName: userName())
    }

    private static func userName() -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(geteuid(), &entry, &buffer, buffer.count, &result) == 0, result != nil,
            let name = entry.pw_name
        else { return "root" }
        return String(cString: name)
    }
}
