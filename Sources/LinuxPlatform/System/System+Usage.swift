import Glibc

extension System {
    /// CPU seconds this process has used, user and system together (`getrusage(RUSAGE_SELF)`).
    package static func cpuSeconds() -> Double? {
        var usage = rusage()
        guard getrusage(Int32(RUSAGE_SELF.rawValue), &usage) == 0 else { return nil }
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// The resident set size in bytes now: the second field of `/proc/self/statm`, in pages.
    package static func residentBytes() -> Int? {
        let fd = Glibc.open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = Glibc.close(fd) }
        guard let bytes = try? read(fd, upTo: 256) else { return nil }
        let fields = String(decoding: bytes, as: UTF8.self).split(separator: " ")
        guard fields.count >= 2, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Time since the host booted, suspend included (`clock_gettime(CLOCK_BOOTTIME)`, the clock of
    /// /proc/uptime); nil if the clock cannot be read.
    package static func timeSinceBoot() -> Duration? {
        var now = timespec()
        guard clock_gettime(CLOCK_BOOTTIME, &now) == 0 else { return nil }
        return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
    }

    /// Seconds since the Unix epoch, now (`clock_gettime(CLOCK_REALTIME)`).
    package static func wallClockSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
