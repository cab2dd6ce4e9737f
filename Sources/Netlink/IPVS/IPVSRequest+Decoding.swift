extension IPVSRequest {
    /// Decodes a request as another program (ipvsadm, keepalived) sent it; the golden tests and
    /// fuzzers read captures through this. Commands this project never sends throw.
    public init(message: NetlinkMessage) throws(NetlinkDecodingError) {
        let body = try IPVSMessageBody(message)
        guard let command = IPVSCommand(rawValue: body.command) else {
            throw .unexpectedMessageType(UInt16(body.command))
        }
        self = try Self.decode(command, body)
    }

    private static func decode(_ command: IPVSCommand, _ body: IPVSMessageBody) throws(NetlinkDecodingError)
        -> IPVSRequest
    {
        typealias A = IPVSAttribute.Command
        switch command {
        case .newService: return .newService(try IPVSService(attributes: body.nest(A.service)))
        case .setService: return .setService(try IPVSService(attributes: body.nest(A.service)))
        case .deleteService: return .deleteService(try IPVSService(attributes: body.nest(A.service)))
        case .newDestination: return try destination(body, IPVSRequest.newDestination)
        case .setDestination: return try destination(body, IPVSRequest.setDestination)
        case .deleteDestination: return try destination(body, IPVSRequest.deleteDestination)
        case .flush: return .flush
        case .getInfo: return .getInfo
        case .getService: return .dumpServices
        case .getDestination: return .dumpDestinations(try IPVSServiceKey(attributes: body.nest(A.service)))
        case .newDaemon: return .startDaemon(try IPVSSyncDaemon(attributes: body.nest(A.daemon)))
        case .deleteDaemon: return .stopDaemon(try IPVSSyncDaemon(attributes: body.nest(A.daemon)))
        case .setConfig: return .setTimeouts(try IPVSTimeouts(attributes: body.attributes))
        case .getConfig: return .getTimeouts
        case .getDaemon, .setInfo, .zero:
            throw .unexpectedMessageType(UInt16(command.rawValue))
        }
    }

    private static func destination(
        _ body: IPVSMessageBody, _ make: (IPVSDestination, IPVSService) -> IPVSRequest
    ) throws(NetlinkDecodingError) -> IPVSRequest {
        let service = try IPVSService(attributes: body.nest(IPVSAttribute.Command.service))
        let destination = try IPVSDestination(
            attributes: body.nest(IPVSAttribute.Command.destination), serviceFamily: service.key.family)
        return make(destination, service)
    }
}
