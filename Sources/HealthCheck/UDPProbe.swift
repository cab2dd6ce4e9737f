/// A UDP_CHECK: send a payload, fail on an ICMP error, optionally require a matching reply.
public struct UDPProbe: Hashable, Sendable {
    public var payload: [UInt8]
    /// The reply pattern; a `nil` byte matches anything (`X` in keepalived's hex). No reply needed when nil.
    public var requiredReply: [UInt8?]?
    public var minimumReplyLength: Int
    public var maximumReplyLength: Int

    public init(
        payload: [UInt8] = [], requiredReply: [UInt8?]? = nil, minimumReplyLength: Int = 0,
        maximumReplyLength: Int = 255
    ) {
        self.payload = payload
        self.requiredReply = requiredReply
        self.minimumReplyLength = minimumReplyLength
        self.maximumReplyLength = maximumReplyLength
    }
}
