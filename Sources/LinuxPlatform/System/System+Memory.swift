import Glibc

extension System {
    /// The whole of a small `/proc` file (`/proc/self/maps`), read until end of file.
    package static func readProcFile(_ path: String, limit: Int = 1 << 20) -> String? {
        guard let fd = try? open(path, flags: O_RDONLY, mode: 0) else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        while bytes.count < limit {
            guard let chunk = try? read(fd, upTo: 65_536) else { return nil }
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The path of this process's executable (`readlink /proc/self/exe`).
    package static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = buffer.withUnsafeMutableBufferPointer { pointer -> Int in
            guard let base = pointer.baseAddress else { return -1 }
            return Glibc.readlink("/proc/self/exe", base, pointer.count - 1)
        }
        guard count > 0 else { return nil }
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `madvise(MADV_DONTNEED)` on `[start, end)`: for a read-only file mapping the page table
    /// entries go and the pages fault back in from the page cache when next touched.
    package static func dropMapping(start: UInt, end: UInt) throws(SystemError) {
        guard let address = UnsafeMutableRawPointer(bitPattern: start), end > start else { return }
        _ = try retrying("madvise") { Glibc.madvise(address, Int(end - start), MADV_DONTNEED) }
    }
}
