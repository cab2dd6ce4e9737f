import NetworkPrimitives

/// `struct nlmsgerr` plus the extended-ack attributes (linux/netlink.h): the negated errno, the
/// header of the request it answers, and the kernel's human-readable reason when it gave one.
///
/// ```
///  0       4                  20                         20+n
///  +-------+------------------+-- ~ --------------------+-- ~ ----------------+
///  | error | request nlmsghdr | request payload         | NLMSGERR_ATTR_* TLVs |
///  +-------+------------------+-- ~ --------------------+-- ~ ----------------+
///                               (absent if NLM_F_CAPPED)  (if NLM_F_ACK_TLVS)
/// ```
public struct NetlinkErrorReply: Hashable, Sendable {
    /// The positive errno (`EEXIST` = 17); 0 means acknowledgement.
    public var errorNumber: Int32
    /// Sequence number of the reply (equal to the request's).
    public var sequence: UInt32
    /// The echoed request header (absent when a dump ended in `NLMSG_DONE` with an error).
    public var request: NetlinkMessageHeader?
    /// `NLMSGERR_ATTR_MSG`, e.g. "ipv4: Address already assigned".
    public var message: String?
    /// `NLMSGERR_ATTR_OFFS`: offset of the offending attribute in the request.
    public var offendingAttributeOffset: UInt32?

    static let messageAttribute: UInt16 = 1
    static let offsetAttribute: UInt16 = 2

    public init(errorNumber: Int32, sequence: UInt32, request: NetlinkMessageHeader? = nil, message: String? = nil) {
        self.errorNumber = errorNumber
        self.sequence = sequence
        self.request = request
        self.message = message
        offendingAttributeOffset = nil
    }

    /// Decodes the payload of an `NLMSG_ERROR` message.
    public init(_ message: NetlinkMessage) throws(NetlinkDecodingError) {
        guard message.header.type == .error else { throw .unexpectedMessageType(message.header.type.rawValue) }
        var reader = ByteReader(message.payload)
        let rawError = try NetlinkDecodingError.reading { () throws(ByteReaderError) in try reader.readUInt32LE() }
        let negated = Int32(bitPattern: rawError)
        errorNumber = negated == .min ? .max : -negated
        sequence = message.header.sequence
        let request = try NetlinkMessageHeader(from: &reader)
        self.request = request
        self.message = nil
        offendingAttributeOffset = nil
        guard message.header.flags.contains(.acknowledgementTLVs) else { return }
        try readExtendedAck(&reader, request: request, capped: message.header.flags.contains(.capped))
    }

    private mutating func readExtendedAck(_ reader: inout ByteReader, request: NetlinkMessageHeader, capped: Bool)
        throws(NetlinkDecodingError)
    {
        if !capped {
            let echoed = max(Int(request.length) - NetlinkMessageHeader.size, 0)
            let skip = min(NetlinkAlignment.aligned(echoed), reader.remaining)
            try NetlinkDecodingError.reading { () throws(ByteReaderError) in try reader.skip(skip) }
        }
        let rest = try NetlinkDecodingError.reading { () throws(ByteReaderError) in
            Array(try reader.readBytes(reader.remaining))
        }
        let attributes = try NetlinkAttribute.decodeAll(rest)
        message = attributes.last(ofType: Self.messageAttribute)?.stringValue
        offendingAttributeOffset = try attributes.last(ofType: Self.offsetAttribute)?.uint32Value()
    }
}
