import NetworkPrimitives

extension IPVSServiceKey {
    /// Writes `AF`, then `FWMARK` or `PROTOCOL`, `ADDR`, `PORT`, in the order ipvsadm and keepalived use.
    func write(to writer: inout NetlinkMessageWriter) {
        typealias A = IPVSAttribute.Service
        writer.appendAttribute(type: A.addressFamily, family: family)
        switch self {
        case .firewallMark(let mark, _):
            writer.appendAttribute(type: A.firewallMark, uint32: mark)
        case .endpoint(let proto, let address, let port):
            writer.appendAttribute(type: A.protocol, uint16: proto.rawValue)
            writer.appendAttribute(type: A.address, inetAddress: address)
            writer.appendAttribute(type: A.port, bigEndianUInt16: port)
        }
    }

    /// Reads the key from a service nest: a firewall mark when present, else protocol, address, port.
    init(attributes: [NetlinkAttribute]) throws(NetlinkDecodingError) {
        typealias A = IPVSAttribute.Service
        guard let familyAttribute = attributes.last(ofType: A.addressFamily) else {
            throw .missingAttribute(A.addressFamily)
        }
        let family = try familyAttribute.addressFamilyValue()
        if let mark = attributes.last(ofType: A.firewallMark) {
            self = .firewallMark(try mark.uint32Value(), family: family)
            return
        }
        guard let proto = attributes.last(ofType: A.protocol) else { throw .missingAttribute(A.protocol) }
        guard let address = attributes.last(ofType: A.address) else { throw .missingAttribute(A.address) }
        guard let port = attributes.last(ofType: A.port) else { throw .missingAttribute(A.port) }
        self = .endpoint(
            protocol: IPVSProtocol(rawValue: try proto.uint16Value()),
            address: try address.inetAddressValue(family: family), port: try port.bigEndianUInt16Value())
    }
}

extension IPVSService {
    /// The nest body: key, `SCHED_NAME`, `PE_NAME` (if set), `FLAGS` {flags, mask all ones},
    /// `TIMEOUT`, `NETMASK`, as ipvsadm 1.31 and keepalived 2.2.7 send it (captured).
    func write(to writer: inout NetlinkMessageWriter) {
        typealias A = IPVSAttribute.Service
        key.write(to: &writer)
        writer.appendAttribute(type: A.schedulerName, string: scheduler)
        if let persistenceEngine {
            writer.appendAttribute(type: A.persistenceEngine, string: persistenceEngine)
        }
        var flagsAndMask = ByteWriter(capacity: 8)
        flagsAndMask.writeLE(flags.rawValue)
        flagsAndMask.writeLE(UInt32.max)
        writer.appendAttribute(type: A.flags, payload: flagsAndMask.bytes)
        writer.appendAttribute(type: A.timeout, uint32: timeoutSeconds)
        writer.appendAttribute(type: A.netmask, uint32: netmask)
    }

    /// Reads a service nest; the scheduler is required, absent flags, timeout and netmask read
    /// as none, 0 and the default.
    init(attributes: [NetlinkAttribute]) throws(NetlinkDecodingError) {
        typealias A = IPVSAttribute.Service
        let key = try IPVSServiceKey(attributes: attributes)
        guard let scheduler = attributes.last(ofType: A.schedulerName) else {
            throw .missingAttribute(A.schedulerName)
        }
        self.init(key: key, scheduler: scheduler.stringValue)
        persistenceEngine = attributes.last(ofType: A.persistenceEngine)?.stringValue
        if let flags = attributes.last(ofType: A.flags) {
            guard flags.payload.count == 8 else {
                throw .badAttributeSize(attribute: A.flags, expected: 8, actual: flags.payload.count)
            }
            let first = NetlinkAttribute(type: A.flags, payload: Array(flags.payload.prefix(4)))
            self.flags = IPVSServiceFlags(rawValue: try first.uint32Value())
        }
        timeoutSeconds = try attributes.last(ofType: A.timeout)?.uint32Value() ?? 0
        netmask = try attributes.last(ofType: A.netmask)?.uint32Value() ?? netmask
        statistics = try attributes.last(ofType: A.statistics64).map { a throws(NetlinkDecodingError) in
            try IPVSStatistics(statistics64: a)
        }
    }
}
