/// The protocol timers of RFC 5798 section 6.1, computed in microseconds as keepalived does.
public enum VRRPTiming {
    /// Skew_Time: v2 `(256 - p) / 256` s whatever the interval; v3 `(256 - p) x interval / 256`
    /// (RFC 5798 section 6.1), `p` being the effective priority.
    public static func skewTime(
        priority: UInt8, version: VRRPVersion, masterAdvertisementInterval: Duration
    ) -> Duration {
        let weight = Int64(256 - Int(priority))
        switch version {
        case .v2: return .microseconds(weight * 1_000_000 / 256)
        case .v3: return .microseconds(weight * masterAdvertisementInterval.microseconds / 256)
        }
    }

    /// Master_Down_Interval: `downTimerAdverts x Master_Adver_Interval + Skew_Time`
    /// (RFC 5798 section 6.1, with keepalived's `down_timer_adverts` in place of 3).
    public static func masterDownInterval(
        priority: UInt8, version: VRRPVersion, masterAdvertisementInterval: Duration, downTimerAdverts: Int
    ) -> Duration {
        masterAdvertisementInterval * downTimerAdverts
            + skewTime(priority: priority, version: version, masterAdvertisementInterval: masterAdvertisementInterval)
    }
}
