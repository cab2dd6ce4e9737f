import CNetShim
import Glibc

/// A datagram read by `System.receiveDatagram`.
package struct ReceivedMessage: Sendable {
    package var bytes: [UInt8]
    package var control: [UInt8]
    /// `MSG_TRUNC` / `MSG_CTRUNC` were set: the datagram or its ancillary data did not fit.
    package var truncated: Bool
}

/// What `System.receiveDatagram(_:into:control:from:)` put in the caller's buffers.
package struct ReceivedLengths: Sendable {
    /// Bytes of datagram written at the start of the data buffer.
    package var count: Int
    /// Bytes of ancillary data written at the start of the control buffer.
    package var controlCount: Int
    /// `MSG_TRUNC` / `MSG_CTRUNC` were set: the datagram or its ancillary data did not fit.
    package var truncated: Bool
}

extension System {
    /// `sendmsg` of one buffer to `address` with an optional control buffer (already laid out).
    /// Both arrays are read in place: nothing is copied, shared or not.
    package static func sendDatagram<A>(_ fd: Int32, _ payload: [UInt8], to address: inout A, control: [UInt8])
        throws(SystemError) -> Int
    {
        let result = payload.withUnsafeBytes { payloadBytes in
            control.withUnsafeBytes { controlBytes in
                // sendmsg only reads through iov_base and msg_control; the C types are mutable.
                withMessage(
                    to: &address, data: UnsafeMutableRawBufferPointer(mutating: payloadBytes),
                    control: UnsafeMutableRawBufferPointer(mutating: controlBytes)
                ) { message in
                    Result { () throws(SystemError) in try sendMessage(fd, &message) }
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
        let result = bytes.withUnsafeMutableBytes { byteBuffer in
            control.withUnsafeMutableBytes { controlBuffer in
                Result { () throws(SystemError) in
                    try receiveDatagram(fd, into: byteBuffer, control: controlBuffer, from: &address)
                }
            }
        }
        guard let lengths = try result.get() else { return nil }
        return ReceivedMessage(
            bytes: Array(bytes.prefix(lengths.count)), control: Array(control.prefix(lengths.controlCount)),
            truncated: lengths.truncated)
    }

    /// `recvmsg` of one datagram into the caller's buffers (reused from one call to the next: this
    /// allocates nothing), filling `address` with the sender; nil when a non-blocking descriptor
    /// has nothing pending. `control` should be 8-byte aligned (`struct cmsghdr`).
    package static func receiveDatagram<A>(
        _ fd: Int32, into bytes: UnsafeMutableRawBufferPointer, control: UnsafeMutableRawBufferPointer,
        from address: inout A
    ) throws(SystemError) -> ReceivedLengths? {
        let result = withMessage(to: &address, data: bytes, control: control) { message in
            Result { () throws(SystemError) -> ReceivedLengths? in
                guard let n = try receiveMessage(fd, &message) else { return nil }
                return ReceivedLengths(
                    count: n, controlCount: message.msg_controllen,
                    truncated: message.msg_flags & Int32(MSG_TRUNC | MSG_CTRUNC) != 0)
            }
        }
        return try result.get()
    }

    // A msghdr naming `address`, with `data` as its one iovec and `control` (nil when empty), for `body`.
    private static func withMessage<A, R>(
        to address: inout A, data: UnsafeMutableRawBufferPointer, control: UnsafeMutableRawBufferPointer,
        _ body: (inout msghdr) -> R
    ) -> R {
        let nameLength = socklen_t(MemoryLayout<A>.size)
        return withUnsafeMutablePointer(to: &address) { name in
            var iov = iovec(iov_base: data.baseAddress, iov_len: data.count)
            return withUnsafeMutablePointer(to: &iov) { iovPointer in
                var message = msghdr()
                message.msg_name = UnsafeMutableRawPointer(name)
                message.msg_namelen = nameLength
                message.msg_iov = iovPointer
                message.msg_iovlen = 1
                message.msg_control = control.isEmpty ? nil : control.baseAddress
                message.msg_controllen = control.count
                return body(&message)
            }
        }
    }
}
