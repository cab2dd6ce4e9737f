import Engine
import Glibc

extension MailDate {
    /// The wall clock now, with the local time zone's offset (what keepalived's `Date:` shows).
    public static func now() -> MailDate {
        var seconds = time(nil)
        var local = tm()
        localtime_r(&seconds, &local)
        return MailDate(secondsSinceEpoch: Int64(seconds), utcOffsetSeconds: local.tm_gmtoff)
    }
}
