import NetworkPrimitives

/// Builds one netlink message: header, fixed family header, then attributes, each padded to four
/// bytes; `finish()` patches `nlmsg_len`.
public struct NetlinkMessageWriter: Sendable {
    private var writer: ByteWriter

    /// Starts a message; the length field is filled in by `finish()`.
    public init(type: NetlinkMessageType, flags: NetlinkMessageFlags, sequence: UInt32, portID: UInt32 = 0) {
        writer = ByteWriter(capacity: 64)
        NetlinkMessageHeader(type: type, flags: flags, sequence: sequence, portID: portID).write(to: &writer)
    }

    /// Bytes written so far.
    public var count: Int { writer.count }

    /// Appends raw bytes (a family header such as `ifaddrmsg`), then pads to four bytes.
    public mutating func appendFixedHeader(_ bytes: [UInt8]) {
        writer.write(contentsOf: bytes)
        writer.align(to: NetlinkAlignment.boundary)
    }

    /// Appends one attribute with its payload and padding.
    public mutating func appendAttribute(type: UInt16, payload: some Collection<UInt8>) {
        writer.writeLE(UInt16(truncatingIfNeeded: NetlinkAttribute.headerSize + payload.count))
        writer.writeLE(type)
        writer.write(contentsOf: payload)
        writer.align(to: NetlinkAlignment.boundary)
    }

    public mutating func appendAttribute(type: UInt16, uint8 value: UInt8) {
        appendAttribute(type: type, payload: [value])
    }

    /// Appends a host-order `u16` attribute.
    public mutating func appendAttribute(type: UInt16, uint16 value: UInt16) {
        appendAttribute(type: type, payload: [UInt8(truncatingIfNeeded: value), UInt8(value >> 8)])
    }

    /// Appends a host-order `u32` attribute.
    public mutating func appendAttribute(type: UInt16, uint32 value: UInt32) {
        var w = ByteWriter(capacity: 4)
        w.writeLE(value)
        appendAttribute(type: type, payload: w.bytes)
    }

    /// Appends a NUL-terminated string attribute.
    public mutating func appendAttribute(type: UInt16, string value: String) {
        appendAttribute(type: type, payload: Array(value.utf8) + [0])
    }

    /// Opens a nested attribute; close it with `endNested(_:)`. Generic netlink families expect
    /// `NLA_F_NESTED`; rtnetlink's older nests do not set it.
    public mutating func beginNested(type: UInt16, setNestedFlag: Bool = true) -> NestedAttributeMark {
        let mark = NestedAttributeMark(offset: writer.count)
        writer.writeLE(UInt16(0))
        writer.writeLE(setNestedFlag ? type | NetlinkAttribute.nestedFlag : type)
        return mark
    }

    /// Closes a nested attribute by patching its length.
    public mutating func endNested(_ mark: NestedAttributeMark) {
        writer.setLE(UInt16(truncatingIfNeeded: writer.count - mark.offset), at: mark.offset)
    }

    /// The finished message with `nlmsg_len` set.
    public func finish() -> [UInt8] {
        var out = writer
        out.setLE(UInt32(truncatingIfNeeded: out.count), at: 0)
        return out.bytes
    }
}

/// Where a nested attribute started, returned by `NetlinkMessageWriter.beginNested`.
public struct NestedAttributeMark: Sendable {
    let offset: Int
}
