import NetworkPrimitives

/// Builds the rtnetlink requests this project sends; every request asks for an acknowledgement or
/// is a dump that ends in `NLMSG_DONE`.
public enum RouteNetlinkRequest {
    /// `RTM_NEWADDR` with `NLM_F_CREATE | NLM_F_EXCL`, exactly as `ip addr add` sends it: an existing
    /// address answers `EEXIST`, which callers treat as "already present".
    public static func addAddress(_ message: AddressMessage, sequence: UInt32) -> [UInt8] {
        message.encoded(type: .newAddress, flags: [.request, .acknowledge, .create, .exclusive], sequence: sequence)
    }

    /// `RTM_DELADDR`; an absent address answers `EADDRNOTAVAIL`.
    public static func deleteAddress(_ message: AddressMessage, sequence: UInt32) -> [UInt8] {
        message.encoded(type: .deleteAddress, flags: [.request, .acknowledge], sequence: sequence)
    }

    /// `RTM_NEWROUTE` with `NLM_F_CREATE | NLM_F_REPLACE`, as `ip route replace` sends it: adding a
    /// route that is already there is not an error.
    public static func replaceRoute(_ message: RouteMessage, sequence: UInt32) -> [UInt8] {
        message.encoded(type: .newRoute, flags: [.request, .acknowledge, .create, .replace], sequence: sequence)
    }

    /// `RTM_DELROUTE`; an absent route answers `ESRCH`.
    public static func deleteRoute(_ message: RouteMessage, sequence: UInt32) -> [UInt8] {
        message.encoded(type: .deleteRoute, flags: [.request, .acknowledge], sequence: sequence)
    }

    /// `RTM_NEWRULE` with `NLM_F_CREATE | NLM_F_EXCL`, as keepalived sends it: an identical rule
    /// answers `EEXIST`.
    public static func addRule(_ message: RuleMessage, sequence: UInt32) -> [UInt8] {
        message.encoded(type: .newRule, flags: [.request, .acknowledge, .create, .exclusive], sequence: sequence)
    }

    /// `RTM_DELRULE`; an absent rule answers `ENOENT`.
    public static func deleteRule(_ message: RuleMessage, sequence: UInt32) -> [UInt8] {
        message.encoded(type: .deleteRule, flags: [.request, .acknowledge], sequence: sequence)
    }

    /// `RTM_GETADDR` dump of one family, or of both when `family` is nil.
    public static func dumpAddresses(family: AddressFamily?, sequence: UInt32) -> [UInt8] {
        var w = NetlinkMessageWriter(type: .getAddress, flags: [.request, .dump], sequence: sequence)
        w.appendFixedHeader(
            [family?.linuxValue ?? AddressFamily.unspecifiedLinuxValue] + [UInt8](repeating: 0, count: 7))
        return w.finish()
    }

    /// `RTM_GETLINK` dump of every interface.
    public static func dumpLinks(sequence: UInt32) -> [UInt8] {
        var w = NetlinkMessageWriter(type: .getLink, flags: [.request, .dump], sequence: sequence)
        w.appendFixedHeader(linkHeader(index: .any))
        w.appendAttribute(type: LinkAttribute.extendedMask, uint32: LinkAttribute.skipStatisticsMask)
        return w.finish()
    }

    /// `RTM_GETLINK` for one interface by index; the kernel answers one `RTM_NEWLINK` then the
    /// acknowledgement, or `ENODEV`.
    public static func getLink(index: InterfaceIndex, sequence: UInt32) -> [UInt8] {
        var w = NetlinkMessageWriter(type: .getLink, flags: [.request, .acknowledge], sequence: sequence)
        w.appendFixedHeader(linkHeader(index: index))
        w.appendAttribute(type: LinkAttribute.extendedMask, uint32: LinkAttribute.skipStatisticsMask)
        return w.finish()
    }

    /// `RTM_GETLINK` for one interface by name, as `ip link show NAME` asks (plus an
    /// acknowledgement request, so the reply has a definite end).
    public static func getLink(name: InterfaceName, sequence: UInt32) -> [UInt8] {
        var w = NetlinkMessageWriter(type: .getLink, flags: [.request, .acknowledge], sequence: sequence)
        w.appendFixedHeader(linkHeader(index: .any))
        w.appendAttribute(type: LinkAttribute.extendedMask, uint32: LinkAttribute.skipStatisticsMask)
        w.appendAttribute(type: LinkAttribute.name, string: name.rawValue)
        return w.finish()
    }

    private static func linkHeader(index: InterfaceIndex) -> [UInt8] {
        var w = ByteWriter(capacity: LinkMessage.fixedHeaderSize)
        w.write(zeros: 4)
        w.writeLE(UInt32(bitPattern: index.rawValue))
        w.write(zeros: 8)
        return w.bytes
    }
}
