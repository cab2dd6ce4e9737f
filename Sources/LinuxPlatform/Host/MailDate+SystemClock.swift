import Engine

extension MailDate {
    /// The wall clock now, with the local time zone's offset (what keepalived's `Date:` shows).
    public static func now() -> MailDate {
        let (seconds, local) = System.localTime()
        return MailDate(secondsSinceEpoch: seconds, utcOffsetSeconds: local.tm_gmtoff)
    }
}
