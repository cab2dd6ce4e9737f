import CNetShim
import Glibc

/// A datagram read by `System.receiveDatagram`.
package struct ReceivedMessage: Sendable {
    package var bytes: [UInt8]
    package var control: [UInt8]
    /// `MSG_TRUNC` / `MSG_CTRUNC` were set: the datagram or its ancillary data did not fit.
    package var truncated: Bool
}

extension System {
    /// `sendmsg` of one buffer to `address` with an optional control buffer (already laid out).
    package static func sendDatagram<A>(_ fd: Int32, _ payload: [UInt8], to address: inout A, control: [UInt8])
        throws(SystemError) -> Int
    {
        var payload = payload
        var control = control
        let nameLength = socklen_t(MemoryLayout<A>.size)
        let result = payload.withUnsafeMutableBytes { payloadBytes in
            control.withUnsafeMutableBytes { controlBytes in
                withUnsafeMutablePointer(to: &address) { name in
                    var iov = iovec(iov_base: payloadBytes.baseAddress, iov_len: payloadBytes.count)
                    return withUnsafeMutablePointer(to: &iov) { iovPointer in
                        var message = msghdr()
                        message.msg_name = UnsafeMutableRawPointer(name)
                        message.msg_namelen = nameLength
                        message.msg_iov = iovPointer
                        message.msg_iovlen = 1
                        message.msg_control = controlBytes.isEmpty ? nil : controlBytes.baseAddress
                        message.msg_controllen = controlBytes.count
                        return Result { () throws(SystemError) in try sendMessage(fd, &message) }
                    }
                }
            }
        }
        return try result.get()
    }

    /// `recvmsg` of one datagram into fresh buffers, filling `address` with the sender; nil when
    /// a non-blocking descriptor has nothing pending.
    package static func receiveDatagram<A>(
        _ fd: Int32, capacity: Int, controlCapacity: Int, from address: inout A
    ) throws(SystemError) -> ReceivedMessage? {
        var bytes = [UInt8](repeating: 0, count: capacity)
        var control = [UInt8](repeating: 0, count: controlCapacity)
        let nameLength = socklen_t(MemoryLayout<A>.size)
        let result = bytes.withUnsafeMutableBytes { byteBuffer in
            control.withUnsafeMutableBytes { controlBuffer in
                withUnsafeMutablePointer(to: &address) { name in
                    var iov = iovec(iov_base: byteBuffer.baseAddress, iov_len: byteBuffer.count)
                    return withUnsafeMutablePointer(to: &iov) { iovPointer in
                        var message = msghdr()
                        message.msg_name = UnsafeMutableRawPointer(name)
                        message.msg_namelen = nameLength
                        message.msg_iov = iovPointer
                        message.msg_iovlen = 1
                        message.msg_control = controlBuffer.baseAddress
                        message.msg_controllen = controlBuffer.count
                        return Result { () throws(SystemError) -> (Int, Int, Int32)? in
                            guard let n = try receiveMessage(fd, &message) else { return nil }
                            return (n, message.msg_controllen, message.msg_flags)
                        }
                    }
                }
            }
        }
        guard let (count, controlLength, flags) = try result.get() else { return nil }
        let truncated = flags & Int32(MSG_TRUNC | MSG_CTRUNC) != 0
        return ReceivedMessage(
            bytes: Array(bytes.prefix(count)), control: Array(control.prefix(controlLength)), truncated: truncated)
    }
}
