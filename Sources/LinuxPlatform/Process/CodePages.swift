/// The executable's code pages after start-up (Docs/Modules/LinuxPlatform.md, "Code pages after
/// start-up"). Starting touches a great deal of code that never runs again: the command line,
/// the configuration parser, the data plane's probing, SwiftNIO's bootstrap. Each first touch maps
/// 64 KiB of neighbouring code as well (the kernel's fault-around), so once running the daemon
/// keeps several MiB of code mapped that it does not use. `release()` unmaps the executable's
/// read-only, executable mappings once: the code the daemon runs maps straight back in from the
/// page cache (a minor fault, no disk read while the file stays cached), the rest stays out.
///
/// Only mappings that are both read-only and executable are touched: they hold the file's bytes
/// unmodified, so dropping their page table entries loses nothing. Data, relocated data and the
/// heap are never touched.
public enum CodePages {
    /// A mapping of `/proc/self/maps`: its range, permissions and path.
    struct Mapping: Hashable, Sendable {
        var start: UInt
        var end: UInt
        var permissions: String
        var path: String

        /// One line of `/proc/PID/maps`: `start-end perms offset dev inode path`.
        init?(line: Substring) {
            let fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
            guard fields.count >= 5 else { return nil }
            let range = fields[0].split(separator: "-")
            guard range.count == 2, let start = UInt(range[0], radix: 16), let end = UInt(range[1], radix: 16) else {
                return nil
            }
            self.start = start
            self.end = end
            permissions = String(fields[1])
            path = fields.count == 6 ? fields[5].trimmingSpaces : ""
        }
    }

    /// The executable's read-only code mappings in `maps` (the text of `/proc/self/maps`).
    static func codeMappings(in maps: String, executable: String) -> [Mapping] {
        maps.split(separator: "\n").compactMap(Mapping.init(line:)).filter {
            $0.path == executable && $0.permissions.hasPrefix("r-x")
        }
    }

    /// Drops this process's mappings of its executable's code; returns how many bytes of mapping
    /// were released (0 when nothing could be read).
    @discardableResult
    public static func release() -> Int {
        guard let executable = System.executablePath(), let maps = System.readProcFile("/proc/self/maps") else {
            return 0
        }
        var released = 0
        for mapping in codeMappings(in: maps, executable: executable) {
            guard (try? System.dropMapping(start: mapping.start, end: mapping.end)) != nil else { continue }
            released += Int(mapping.end - mapping.start)
        }
        return released
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
