import Glibc

/// Socket calls on byte arrays and address values, for callers that hold no pointers (the namespace
/// lab's probers and responders).
extension System {
    /// `connect` to a `sockaddr_in`/`sockaddr_in6` value; on a non-blocking socket `inProgress`
    /// means the handshake goes on (see `connect(_:to:length:)`).
    package static func connect<A>(_ fd: Int32, to address: inout A) throws(SystemError) -> ConnectProgress {
        let size = socklen_t(MemoryLayout<A>.size)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                Result { () throws(SystemError) in try connect(fd, to: pointer, length: size) }
            }
        }
        return try result.get()
    }

    /// `send` of `bytes` without SIGPIPE; nil when a non-blocking socket cannot take more yet.
    package static func send(_ fd: Int32, bytes: [UInt8]) throws(SystemError) -> Int? {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(SystemError) in try sendWithoutSignal(fd, buffer) }
        }
        return try result.get()
    }

    /// `recv` of at most `capacity` bytes: nil when a non-blocking socket has nothing pending, an empty
    /// array at end of stream.
    package static func receive(_ fd: Int32, capacity: Int) throws(SystemError) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: capacity)
        let result = bytes.withUnsafeMutableBytes { buffer in
            Result { () throws(SystemError) in try receive(fd, into: buffer) }
        }
        return try result.get().map { Array(bytes.prefix($0)) }
    }
}
