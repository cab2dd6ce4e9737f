extension UDPProbe {
    /// keepalived's `require_reply` test (Docs/Keepalived.md §2.3 UDP_CHECK): the reply's length lies within
    /// `min_reply_length`...`max_reply_length`, and its first bytes match the pattern, `X` nibbles
    /// and bytes beyond the reply's end matching anything. An empty pattern accepts any reply.
    public func accepts(reply: [UInt8]) -> Bool {
        guard let pattern = requiredReply, !pattern.isEmpty else { return true }
        guard reply.count >= minimumReplyLength, reply.count <= maximumReplyLength else { return false }
        return zip(reply, pattern).allSatisfy { byte, expected in expected.map { $0 == byte } ?? true }
    }
}
