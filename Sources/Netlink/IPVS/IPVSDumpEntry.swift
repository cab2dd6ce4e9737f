import NetworkPrimitives

extension IPVSService {
    /// Decodes one answer of a `getService` dump (command `IPVS_CMD_NEW_SERVICE`).
    public init(message: NetlinkMessage) throws(NetlinkDecodingError) {
        let body = try IPVSMessageBody(message, expecting: .newService)
        try self.init(attributes: body.nest(IPVSAttribute.Command.service))
    }
}

extension IPVSDestination {
    /// Decodes one answer of a `getDestination` dump (command `IPVS_CMD_NEW_DEST`); the family
    /// of the dumped service applies when the kernel omits `ADDR_FAMILY` (before Linux 4.x).
    public init(message: NetlinkMessage, serviceFamily: AddressFamily) throws(NetlinkDecodingError) {
        let body = try IPVSMessageBody(message, expecting: .newDestination)
        try self.init(attributes: body.nest(IPVSAttribute.Command.destination), serviceFamily: serviceFamily)
    }
}
