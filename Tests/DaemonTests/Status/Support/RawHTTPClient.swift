import Foundation
import Glibc

/// Speaks to the status server with plain sockets, independent of the code under test: connects
/// (Unix path or loopback TCP port), writes `request` as is and reads until the server closes.
enum RawHTTPClient {
    struct Failure: Error { var call: String; var errno: Int32 }

    static func exchange(unixPath: String, _ request: String, timeout: Duration = .seconds(5)) throws -> String {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in unixPath.utf8.prefix(capacity - 1).enumerated() { raw[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard connected == 0 else { throw Failure(call: "connect", errno: errno) }
        return try talk(fd, request, timeout: timeout)
    }

    static func exchange(tcpPort: Int, _ request: String, timeout: Duration = .seconds(5)) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(tcpPort).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(call: "connect", errno: errno) }
        return try talk(fd, request, timeout: timeout)
    }

    private static func talk(_ fd: Int32, _ request: String, timeout: Duration) throws -> String {
        var limit = timeval(tv_sec: Int(timeout.components.seconds), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(request.utf8)
        if !bytes.isEmpty {
            guard bytes.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == bytes.count
            else { throw Failure(call: "send", errno: errno) }
        }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(fd, &chunk, chunk.count)
            if count == 0 { break }
            guard count > 0 else { throw Failure(call: "read", errno: errno) }
            received += chunk[..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }
}
