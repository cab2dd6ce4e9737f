import Glibc

/// The host name up to its first `.`, keepalived's default config id (`-i`, reference section 2.1).
public enum ShortHostname {
    /// `gethostname(2)` cut at the first dot; empty when the name cannot be read.
    public static func current() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        let name = buffer.withUnsafeBufferPointer { pointer in
            String(decoding: pointer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return short(name)
    }

    /// `name` up to its first `.`.
    public static func short(_ name: String) -> String {
        String(name.prefix { $0 != "." })
    }
}
