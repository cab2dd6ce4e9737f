import Glibc
import LinuxPlatform

/// A pipe whose read end is non-blocking, for tests of threads that watch descriptors.
final class TestPipe: Sendable {
    let read: Int32
    let write: Int32
    init() throws {
        var fds: [Int32] = [0, 0]
        guard Glibc.pipe(&fds) == 0 else { throw SystemError(call: "pipe", errno: errno) }
        (read, write) = (fds[0], fds[1])
        _ = fcntl(read, F_SETFL, fcntl(read, F_GETFL) | O_NONBLOCK)
    }
    func send(_ byte: UInt8) { var b = byte; _ = Glibc.write(write, &b, 1) }
    func drain() -> [UInt8] {
        var out: [UInt8] = []
        var b: UInt8 = 0
        while Glibc.read(read, &b, 1) == 1 { out.append(b) }
        return out
    }
    deinit { close(read); close(write) }
}
