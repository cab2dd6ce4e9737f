import Glibc
import Testing

@testable import LinuxPlatform

@Suite struct CodePagesTests {
    @Test func onlyTheExecutablesReadOnlyCodeMappingsAreChosen() {
        let maps = """
            5555e0000000-5555e0100000 r--p 00000000 fe:01 123  /usr/sbin/vigil
            5555e0100000-5555e0900000 r-xp 00100000 fe:01 123  /usr/sbin/vigil
            5555e0900000-5555e0a00000 rw-p 00900000 fe:01 123  /usr/sbin/vigil
            5555e0a00000-5555e0b00000 rwxp 00a00000 fe:01 123  /usr/sbin/vigil
            7f0000000000-7f0000100000 r-xp 00000000 fe:01 456  /usr/lib/x86_64-linux-gnu/libc.so.6
            7f0000200000-7f0000300000 rw-p 00000000 00:00 0
            7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0  [stack]
            """
        let chosen = CodePages.codeMappings(in: maps, executable: "/usr/sbin/vigil")
        #expect(chosen.map(\.start) == [0x5555_e010_0000])
        #expect(chosen.first?.end == 0x5555_e090_0000)
    }

    /// The test runner's own code: released, it keeps running (this line runs after) and the
    /// resident part of its code mappings shrinks. Measured on those mappings alone
    /// (`/proc/self/smaps`), so heap that tests running in parallel allocate meanwhile cannot hide
    /// the drop.
    @Test func releasingThisProcessesCodeKeepsItRunning() throws {
        let before = try #require(Self.residentCodeBytes())
        let released = CodePages.release()
        let after = try #require(Self.residentCodeBytes())
        #expect(released > 0)
        #expect(after < before, "resident code \(before) -> \(after) after releasing \(released) bytes of mappings")
    }

    /// The sum of `Rss:` over the executable's read-only code mappings in `/proc/self/smaps`.
    private static func residentCodeBytes() -> Int? {
        guard let executable = System.executablePath(), let smaps = System.readProcFile("/proc/self/smaps") else {
            return nil
        }
        var total = 0
        var inCode = false
        for line in smaps.split(separator: "\n") {
            if let mapping = CodePages.Mapping(line: line), line.first?.isHexDigit == true, line.contains("-") {
                inCode = mapping.path == executable && mapping.permissions.hasPrefix("r-x")
            } else if inCode, line.hasPrefix("Rss:") {
                let kilobytes = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first
                total += (kilobytes.flatMap { Int($0) } ?? 0) * 1024
            }
        }
        return total
    }
}
