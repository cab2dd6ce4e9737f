import CNetShim
import Glibc

/// The syscall choke point: every system call of this module goes through these wrappers, which
/// retry `EINTR` and turn -1 into a `SystemError` naming the call (the pattern of swift-nio's
/// `NIOPosix/System.swift`).
package enum System {
    /// Runs `body` until it does not fail with `EINTR`; -1 becomes `SystemError(call:errno:)`.
    @inline(__always)
    static func retrying<T: FixedWidthInteger>(_ call: @autoclosure () -> String, _ body: () -> T)
        throws(SystemError) -> T
    {
        while true {
            let result = body()
            if result != -1 { return result }
            let error = Glibc.errno
            if error == EINTR { continue }
            throw SystemError(call: call(), errno: error)
        }
    }

    /// As `retrying`, but `EAGAIN`/`EWOULDBLOCK` on a non-blocking descriptor yields nil.
    @inline(__always)
    static func retryingUnlessWouldBlock<T: FixedWidthInteger>(_ call: @autoclosure () -> String, _ body: () -> T)
        throws(SystemError) -> T?
    {
        do {
            return try retrying(call(), body)
        } catch where error.errno == EAGAIN || error.errno == EWOULDBLOCK {
            return nil
        }
    }

    package static func socket(domain: Int32, type: Int32, protocol: Int32) throws(SystemError) -> Int32 {
        try retrying("socket") { Glibc.socket(domain, type | Int32(SOCK_CLOEXEC.rawValue), `protocol`) }
    }

    package static func close(_ fd: Int32) {
        // close() must not be retried on EINTR on Linux: the descriptor is already released.
        _ = Glibc.close(fd)
    }

    package static func setSocketOption(
        _ fd: Int32, level: Int32, name: Int32, value: Int32, label: @autoclosure () -> String
    ) throws(SystemError) {
        var v = value
        try setSocketOption(fd, level: level, name: name, bytes: &v, label: label())
    }

    package static func setSocketOption<T>(
        _ fd: Int32, level: Int32, name: Int32, bytes value: inout T, label: @autoclosure () -> String
    ) throws(SystemError) {
        let size = socklen_t(MemoryLayout<T>.size)
        _ = try retrying("setsockopt(\(label()))") {
            withUnsafeBytes(of: &value) { Glibc.setsockopt(fd, level, name, $0.baseAddress, size) }
        }
    }

    package static func bind<A>(_ fd: Int32, address: inout A) throws(SystemError) {
        let size = socklen_t(MemoryLayout<A>.size)
        _ = try retrying("bind") {
            withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, size) }
            }
        }
    }

    package static func socketName<A>(_ fd: Int32, into address: inout A) throws(SystemError) {
        var size = socklen_t(MemoryLayout<A>.size)
        _ = try retrying("getsockname") {
            withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.getsockname(fd, $0, &size) }
            }
        }
    }

    package static func sendMessage(_ fd: Int32, _ message: UnsafePointer<msghdr>, flags: Int32 = 0)
        throws(SystemError) -> Int
    {
        try retrying("sendmsg") { Glibc.sendmsg(fd, message, flags) }
    }

    /// `recvmsg`; nil when a non-blocking descriptor has nothing pending.
    package static func receiveMessage(_ fd: Int32, _ message: UnsafeMutablePointer<msghdr>, flags: Int32 = 0)
        throws(SystemError) -> Int?
    {
        try retryingUnlessWouldBlock("recvmsg") { Glibc.recvmsg(fd, message, flags) }
    }

    package static func sendTo<A>(_ fd: Int32, _ bytes: [UInt8], address: inout A) throws(SystemError) -> Int {
        let size = socklen_t(MemoryLayout<A>.size)
        return try retrying("sendto") {
            bytes.withUnsafeBytes { buffer in
                withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        Glibc.sendto(fd, buffer.baseAddress, buffer.count, 0, $0, size)
                    }
                }
            }
        }
    }

    /// `poll`; returns the number of ready descriptors (0 on timeout). `EINTR` retries with the
    /// same timeout, which only ever lengthens a wait.
    package static func poll(_ fds: inout [pollfd], timeoutMilliseconds: Int32) throws(SystemError) -> Int32 {
        let count = nfds_t(fds.count)
        return try retrying("poll") {
            fds.withUnsafeMutableBufferPointer { Glibc.poll($0.baseAddress, count, timeoutMilliseconds) }
        }
    }

    /// A non-blocking, close-on-exec pipe: (read end, write end).
    package static func pipe() throws(SystemError) -> (Int32, Int32) {
        var fds: [Int32] = [-1, -1]
        _ = try retrying("pipe2") {
            fds.withUnsafeMutableBufferPointer { vigil_pipe2($0.baseAddress, O_NONBLOCK | O_CLOEXEC) }
        }
        return (fds[0], fds[1])
    }

    /// `read`; nil when a non-blocking descriptor has nothing pending.
    package static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> Int? {
        try retryingUnlessWouldBlock("read") { Glibc.read(fd, buffer.baseAddress, buffer.count) }
    }

    /// `write`; nil when a non-blocking descriptor is full.
    package static func write(_ fd: Int32, _ bytes: [UInt8]) throws(SystemError) -> Int? {
        try retryingUnlessWouldBlock("write") { bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } }
    }

    package static func open(_ path: String, flags: Int32) throws(SystemError) -> Int32 {
        try retrying("open(\(path))") { Glibc.open(path, flags | O_CLOEXEC) }
    }

    package static func setNamespace(_ fd: Int32, type: Int32) throws(SystemError) {
        _ = try retrying("setns") { vigil_setns(fd, type) }
    }

    /// Sets `O_NONBLOCK` on a descriptor.
    package static func setNonBlocking(_ fd: Int32) throws(SystemError) {
        let flags = try retrying("fcntl(F_GETFL)") { fcntl(fd, F_GETFL) }
        _ = try retrying("fcntl(F_SETFL)") { fcntl(fd, F_SETFL, flags | O_NONBLOCK) }
    }
}
