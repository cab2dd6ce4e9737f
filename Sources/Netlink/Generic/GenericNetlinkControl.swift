/// The generic netlink controller (`nlctrl`, linux/genetlink.h): resolves a family name such as
/// `"IPVS"` to the message type its requests use.
public enum GenericNetlinkControl {
    /// `CTRL_CMD_NEWFAMILY`, the controller's answer.
    public static let newFamilyCommand: UInt8 = 1
    /// `CTRL_CMD_GETFAMILY`.
    public static let getFamilyCommand: UInt8 = 3

    enum Attribute {
        static let familyID: UInt16 = 1
        static let familyName: UInt16 = 2
        static let version: UInt16 = 3
        static let headerSize: UInt16 = 4
        static let maximumAttribute: UInt16 = 5
        static let multicastGroups: UInt16 = 7
        static let multicastGroupName: UInt16 = 1
        static let multicastGroupID: UInt16 = 2
    }

    /// `CTRL_CMD_GETFAMILY` for `name`, with an acknowledgement requested. An unknown family (such
    /// as `IPVS` on a kernel without it) answers `NLMSG_ERROR` with `ENOENT`.
    public static func getFamily(named name: String, sequence: UInt32) -> [UInt8] {
        var w = NetlinkMessageWriter(type: .genericControl, flags: [.request, .acknowledge], sequence: sequence)
        w.appendFixedHeader(GenericNetlinkHeader(command: getFamilyCommand, version: 1).bytes)
        w.appendAttribute(type: Attribute.familyName, string: name)
        return w.finish()
    }
}
