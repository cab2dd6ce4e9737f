import NetworkPrimitives

/// Why bytes from the kernel did not decode as netlink; decoders throw this and never trap.
public enum NetlinkDecodingError: Error, Hashable, Sendable {
    /// A field ran past the end of the bytes.
    case truncated(offset: Int, needed: Int, available: Int)
    /// `nlmsg_len` is smaller than the header or larger than the datagram.
    case badMessageLength(offset: Int, length: UInt32)
    /// `nla_len` is smaller than the attribute header or runs past its container.
    case badAttributeLength(offset: Int, length: UInt16)
    /// The message is not of the type the decoder handles.
    case unexpectedMessageType(UInt16)
    /// An address attribute has a length that fits neither IPv4 nor IPv6 (or not the message's family).
    case badAddressLength(attribute: UInt16, length: Int)
    /// A fixed-size attribute has the wrong size.
    case badAttributeSize(attribute: UInt16, expected: Int, actual: Int)
    /// A family byte that is neither AF_INET nor AF_INET6 where one of them is required.
    case unsupportedAddressFamily(UInt8)
    /// A required attribute is absent.
    case missingAttribute(UInt16)

    /// Runs a bounds-checked read and reports a short buffer as `.truncated`.
    static func reading<T>(_ body: () throws(ByteReaderError) -> T) throws(NetlinkDecodingError) -> T {
        do { return try body() } catch { throw NetlinkDecodingError(error) }
    }

    init(_ error: ByteReaderError) {
        switch error {
        case .truncated(let offset, let needed, let available):
            self = .truncated(offset: offset, needed: needed, available: available)
        }
    }
}
