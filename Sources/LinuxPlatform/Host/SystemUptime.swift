/// How long the host has been up: what `vrrp_delay_after_boot` is measured against.
public enum SystemUptime {
    /// Time since boot, suspend included (the clock of /proc/uptime, which keepalived reads); nil if
    /// it cannot be read.
    public static func current() -> Duration? { System.timeSinceBoot() }
}
