/// `NLMSG_ALIGN` / `NLA_ALIGN`: netlink pads messages and attributes to 4 bytes.
public enum NetlinkAlignment {
    public static let boundary = 4

    /// `length` rounded up to the next multiple of four.
    public static func aligned(_ length: Int) -> Int { (length + boundary - 1) & ~(boundary - 1) }

    /// Zero bytes that follow an item of `length` bytes.
    public static func padding(for length: Int) -> Int { aligned(length) - length }
}
