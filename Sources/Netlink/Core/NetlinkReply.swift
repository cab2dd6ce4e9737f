import NetworkPrimitives

/// What one received netlink message means to a requester (linux/netlink.h control messages).
public enum NetlinkReply: Hashable, Sendable {
    /// A data message (a dump entry, a notification, a generic netlink answer).
    case message(NetlinkMessage)
    /// `NLMSG_ERROR` with error 0: the request with this sequence number succeeded.
    case acknowledgement(sequence: UInt32)
    /// `NLMSG_ERROR` with a negative errno.
    case failure(NetlinkErrorReply)
    /// `NLMSG_DONE`: the end of a multipart dump.
    case done(sequence: UInt32)

    /// Classifies a message; `NLMSG_NOOP` and `NLMSG_OVERRUN` are data as far as this goes.
    public init(_ message: NetlinkMessage) throws(NetlinkDecodingError) {
        switch message.header.type {
        case .error:
            let reply = try NetlinkErrorReply(message)
            self = reply.errorNumber == 0 ? .acknowledgement(sequence: message.header.sequence) : .failure(reply)
        case .done:
            self = Self.classifyDone(message)
        default:
            self = .message(message)
        }
    }

    // NLMSG_DONE carries the dump's final status; a negative value means the dump failed.
    private static func classifyDone(_ message: NetlinkMessage) -> NetlinkReply {
        var reader = ByteReader(message.payload)
        guard let raw = try? reader.readUInt32LE(), Int32(bitPattern: raw) < 0 else {
            return .done(sequence: message.header.sequence)
        }
        let negated = Int32(bitPattern: raw)
        return .failure(
            NetlinkErrorReply(errorNumber: negated == .min ? .max : -negated, sequence: message.header.sequence))
    }

    /// The sequence number this reply answers.
    public var sequence: UInt32 {
        switch self {
        case .message(let m): m.header.sequence
        case .acknowledgement(let s), .done(let s): s
        case .failure(let f): f.sequence
        }
    }
}
