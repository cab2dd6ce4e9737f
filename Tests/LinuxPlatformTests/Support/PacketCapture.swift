import CNetShim
import Foundation
import Glibc
import LinuxPlatform
import Netlink

/// An `AF_PACKET` receiver for the tests (the in-process equivalent of tcpdump in the peer
/// namespace): every frame on one interface, Ethernet header included. Create it inside the
/// namespace with `NamespacePair.inside`.
final class PacketCapture: Sendable {
    let fd: Int32

    init(interfaceIndex: InterfaceIndex) throws {
        let all = UInt16(ETH_P_ALL).bigEndian
        fd = socket(AF_PACKET, Int32(SOCK_RAW.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | O_NONBLOCK, Int32(all))
        guard fd >= 0 else { throw SystemError(call: "socket(AF_PACKET)", errno: errno) }
        var link = sockaddr_ll()
        link.sll_family = UInt16(AF_PACKET)
        link.sll_protocol = all
        link.sll_ifindex = interfaceIndex.rawValue
        let rc = withUnsafePointer(to: &link) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_ll>.size))
            }
        }
        guard rc == 0 else { throw SystemError(call: "bind(AF_PACKET)", errno: errno) }
    }

    deinit { close(fd) }

    /// The first captured frame matching `predicate` within `timeout`.
    func frame(timeout: Duration = .seconds(5), where predicate: ([UInt8]) -> Bool) -> [UInt8]? {
        Deadline.poll(timeout: timeout, waitingOn: fd) { () -> [UInt8]? in
            while let frame = nextFrame() {
                if predicate(frame) { return frame }
            }
            return nil
        }
    }

    private func nextFrame() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 2048)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return n > 0 ? Array(buffer.prefix(n)) : nil
    }
}
