/// The keywords of `UDP_CHECK`: send a datagram; no ICMP error (and a matching reply if required) is success.
public struct UDPCheck: Hashable, Sendable {
    /// `payload HEX`: the datagram sent (empty when not written).
    public var payload: [UInt8]
    /// `require_reply [HEX]`: a reply is needed; the pattern's `X` digits are wildcards.
    public var requiredReply: String?
    /// True when `require_reply` was written (with or without a pattern).
    public var requiresReply: Bool
    /// `min_reply_length`: 0 by default.
    public var minimumReplyLength: Int
    /// `max_reply_length`: 255 by default.
    public var maximumReplyLength: Int

    public init() {
        payload = []
        requiresReply = false
        minimumReplyLength = 0
        maximumReplyLength = 255
    }
}
