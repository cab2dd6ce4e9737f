import CNetShim
import Glibc
import NetworkPrimitives

extension System {
    /// A `sockaddr_un` for `path` and the length to pass with it; a leading "@" names a socket in the
    /// abstract namespace (NUL first, no terminator counted), as systemd writes NOTIFY_SOCKET. nil when
    /// the path is empty or too long.
    package static func unixAddress(_ path: String) -> (address: sockaddr_un, length: socklen_t)? {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(path.utf8)
        let isAbstract = bytes.first == UInt8(ascii: "@")
        if isAbstract { bytes[0] = 0 }
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard !bytes.isEmpty, bytes.count + (isAbstract ? 0 : 1) <= capacity else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let offset = MemoryLayout<sockaddr_un>.offset(of: \.sun_path) ?? 2
        return (address, socklen_t(offset + bytes.count + (isAbstract ? 0 : 1)))
    }

    /// `sendto` of one datagram to the Unix socket at `path` (no SIGPIPE).
    package static func sendDatagram(_ fd: Int32, _ bytes: [UInt8], toUnixPath path: String) throws(SystemError) {
        guard var (address, length) = unixAddress(path) else { throw SystemError(call: "sendto", errno: ENAMETOOLONG) }
        _ = try retrying("sendto(\(path))") {
            bytes.withUnsafeBytes { payload in
                withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        Glibc.sendto(fd, payload.baseAddress, payload.count, Int32(MSG_NOSIGNAL), $0, length)
                    }
                }
            }
        }
    }

    /// `bind` to the Unix socket path (or "@abstract" name) `path`.
    package static func bind(_ fd: Int32, toUnixPath path: String) throws(SystemError) {
        guard var (address, length) = unixAddress(path) else { throw SystemError(call: "bind", errno: ENAMETOOLONG) }
        _ = try retrying("bind(\(path))") {
            withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, length) }
            }
        }
    }

    /// Sets `SO_RCVTIMEO`, so a blocking receive gives up (EAGAIN) after `timeout`.
    package static func setReceiveTimeout(_ fd: Int32, _ timeout: Duration) throws(SystemError) {
        let microseconds = max(1, timeout.microseconds)
        var value = timeval(tv_sec: Int(microseconds / 1_000_000), tv_usec: Int(microseconds % 1_000_000))
        try setSocketOption(fd, level: SOL_SOCKET, name: SO_RCVTIMEO, bytes: &value, label: "SO_RCVTIMEO")
    }
}
