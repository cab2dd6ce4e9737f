import Glibc

extension System {
    /// This process's id.
    package static func processID() -> Int32 { getpid() }

    /// True when process `pid` exists, whether or not we may signal it (`kill(pid, 0)`).
    package static func processExists(_ pid: Int32) -> Bool {
        Glibc.kill(pid, 0) == 0 || Glibc.errno == EPERM
    }

    /// `gethostname(2)`; nil when the name cannot be read.
    package static func hostName() -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The effective user's name from the password database (`getpwuid_r(geteuid())`).
    package static func effectiveUserName() -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(geteuid(), &entry, &buffer, buffer.count, &result) == 0, result != nil,
            let name = entry.pw_name
        else { return nil }
        return String(cString: name)
    }

    /// Ignores `signal` (`SIG_IGN`).
    package static func ignoreSignal(_ signal: Int32) {
        _ = Glibc.signal(signal, SIG_IGN)
    }

    /// Gives `signal` back its default effect (`SIG_DFL`).
    package static func restoreDefaultSignal(_ signal: Int32) {
        _ = Glibc.signal(signal, SIG_DFL)
    }

    /// Seconds since the epoch and the local time zone's offset east of UTC, now.
    package static func localTime() -> (secondsSinceEpoch: Int64, parts: tm) {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return (Int64(now), parts)
    }

    /// `strftime` of `parts` in `format`.
    package static func format(_ parts: tm, _ format: String) -> String {
        var parts = parts
        var buffer = [CChar](repeating: 0, count: 64)
        let count = strftime(&buffer, buffer.count, format, &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
