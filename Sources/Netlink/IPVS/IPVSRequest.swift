/// One request to the kernel's `IPVS` generic netlink family (Docs/Keepalived.md §5).
///
/// ```
///  nlmsghdr (16)        genlmsghdr (4)       attributes
///  +--------------------+-----+---+-----+    +-----------------------------+---------------------------+
///  | len type=family id | cmd | 1 | 0 0 |    | SERVICE (1, NLA_F_NESTED)   | DEST (2, NLA_F_NESTED)    |
///  | flags seq pid      |     |   |     |    |  AF, PROTOCOL ADDR PORT |   |  ADDR_FAMILY ADDR PORT    |
///  +--------------------+-----+---+-----+    |  FWMARK, SCHED_NAME,       |  FWD_METHOD WEIGHT [TUN_*] |
///                                            |  [PE_NAME] FLAGS TIMEOUT   |  U_THRESH L_THRESH        |
///                                            |  NETMASK                   |                           |
///                                            +-----------------------------+---------------------------+
/// ```
/// Integers are host order except ports (network order); addresses are 16-byte `nf_inet_addr`.
public enum IPVSRequest: Hashable, Sendable {
    case newService(IPVSService)
    case setService(IPVSService)
    case deleteService(IPVSService)
    /// The service nest names the parent; see `IPVSService.asDestinationParent`.
    case newDestination(IPVSDestination, service: IPVSService)
    case setDestination(IPVSDestination, service: IPVSService)
    case deleteDestination(IPVSDestination, service: IPVSService)
    /// Removes every service (and so every destination).
    case flush
    case getInfo
    /// Answered by one `newService` message per service, then `NLMSG_DONE`.
    case dumpServices
    /// Answered by one `newDestination` message per destination of the service, then `NLMSG_DONE`.
    case dumpDestinations(IPVSServiceKey)
    case startDaemon(IPVSSyncDaemon)
    case stopDaemon(IPVSSyncDaemon)
    /// `IPVS_CMD_SET_CONFIG`: sets the connection timeouts given (keepalived's `lvs_timeouts`).
    case setTimeouts(IPVSTimeouts)
    /// `IPVS_CMD_GET_CONFIG`: answered by one `IPVS_CMD_SET_CONFIG` message with the three timeouts.
    case getTimeouts

    /// The `genlmsghdr` command.
    public var command: IPVSCommand {
        switch self {
        case .newService: .newService
        case .setService: .setService
        case .deleteService: .deleteService
        case .newDestination: .newDestination
        case .setDestination: .setDestination
        case .deleteDestination: .deleteDestination
        case .flush: .flush
        case .getInfo: .getInfo
        case .dumpServices: .getService
        case .dumpDestinations: .getDestination
        case .startDaemon: .newDaemon
        case .stopDaemon: .deleteDaemon
        case .setTimeouts: .setConfig
        case .getTimeouts: .getConfig
        }
    }

    /// Request and acknowledgement, plus `NLM_F_DUMP` for the two dumps.
    public var flags: NetlinkMessageFlags {
        switch self {
        case .dumpServices, .dumpDestinations: [.request, .acknowledge, .dump]
        default: [.request, .acknowledge]
        }
    }

    /// The message for the family's resolved type `familyID`.
    public func encode(familyID: UInt16, sequence: UInt32, portID: UInt32 = 0) -> [UInt8] {
        var writer = NetlinkMessageWriter(
            type: NetlinkMessageType(rawValue: familyID), flags: flags, sequence: sequence, portID: portID)
        writer.appendFixedHeader(GenericNetlinkHeader(command: command.rawValue, version: IPVSCommand.version).bytes)
        writeAttributes(to: &writer)
        return writer.finish()
    }

    private func writeAttributes(to writer: inout NetlinkMessageWriter) {
        typealias A = IPVSAttribute.Command
        switch self {
        case .newService(let service), .setService(let service), .deleteService(let service):
            writer.nest(A.service) { service.write(to: &$0) }
        case .newDestination(let destination, let service), .setDestination(let destination, let service),
            .deleteDestination(let destination, let service):
            writer.nest(A.service) { service.write(to: &$0) }
            writer.nest(A.destination) { destination.write(to: &$0) }
        case .dumpDestinations(let key):
            writer.nest(A.service) { key.write(to: &$0) }
        case .startDaemon(let daemon):
            writer.nest(A.daemon) { daemon.writeStart(to: &$0) }
        case .stopDaemon(let daemon):
            writer.nest(A.daemon) { daemon.writeStop(to: &$0) }
        case .setTimeouts(let timeouts):
            timeouts.write(to: &writer)
        case .flush, .getInfo, .dumpServices, .getTimeouts:
            break
        }
    }
}

extension NetlinkMessageWriter {
    /// Writes a nested attribute with `NLA_F_NESTED`, as libnl does for generic netlink.
    fileprivate mutating func nest(_ type: UInt16, _ body: (inout NetlinkMessageWriter) -> Void) {
        let mark = beginNested(type: type)
        body(&self)
        endNested(mark)
    }
}
