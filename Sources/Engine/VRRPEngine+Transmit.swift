import NetworkPrimitives
import VRRP

extension VRRPEngine {
    /// One encoded advert per destination: the multicast group, or each unicast peer in turn
    /// (Docs/Keepalived.md §3.2); v3/IPv4 checksums cover each destination's pseudo-header.
    mutating func transmissions(_ name: String, priority: UInt8, into result: inout [EngineEffect]) {
        guard let vrrp = instance(named: name)?.vrrp else { return }
        guard let source = vrrp.sourceAddress, let interface = vrrp.interface else {
            return result.append(.log(.error("(\(name)) has no source address or interface - advert not sent")))
        }
        let payloads = encodedPayloads(name, vrrp: vrrp, source: source, priority: priority)
        // `advertisementDestinations` without building its array: each peer in turn, or the group.
        var index = 0
        func send(to destination: IPAddress) {
            result.append(
                .transmit(
                    VRRPTransmission(
                        instance: name, interface: interface, source: source, destination: destination,
                        payload: payloads[index])))
            index += 1
        }
        if vrrp.isUnicast {
            for peer in vrrp.unicastPeers { send(to: peer.address) }
        } else {
            send(to: vrrp.multicastGroup)
        }
        statistics.instances[name, default: .init()].advertisementsSent += 1
        if priority == 0 {
            statistics.instances[name, default: .init()].priorityZeroSent += 1
            result.append(.log(.info("(\(name)) sent 0 priority")))
        }
    }

    /// One payload per destination, in `advertisementDestinations` order: the ones encoded last time
    /// when neither the instance's configuration nor the priority changed since, else encoded now.
    private mutating func encodedPayloads(
        _ name: String, vrrp: VRRPInstanceConfiguration, source: IPAddress, priority: UInt8
    ) -> [[UInt8]] {
        if let payloads = encodedAdverts.payloads(of: name, vrrp: vrrp, priority: priority) { return payloads }
        let advertisement = vrrp.advertisement(priority: priority)
        let payloads = vrrp.advertisementDestinations.map { destination in
            let context = VRRPChecksumContext(source: source, destination: destination, mode: vrrp.checksumMode)
            return VRRPCodec.encode(advertisement, family: vrrp.family, checksum: context)
        }
        encodedAdverts.remember(payloads, of: name, vrrp: vrrp, priority: priority)
        return payloads
    }

    /// `count` gratuitous ARPs / unsolicited NAs for every installed address (Docs/Keepalived.md §3.12).
    func announcements(_ name: String, count: Int) -> [EngineEffect] {
        guard count > 0 else { return [] }
        var result: [EngineEffect] = []
        for address in addresses(of: name) {
            let kind = address.prefix.family == .inet ? "gratuitous ARP" : "unsolicited neighbour advert"
            result.append(.log(.info("Sending \(kind) on \(address.interface) for \(address.address)")))
            result += Array(repeating: .announce(address.address, on: address.interface), count: count)
        }
        return result
    }

    /// A unicast instance leaving FAULT announces its own source address once.
    func sourceAnnouncement(_ name: String) -> [EngineEffect] {
        guard let vrrp = instance(named: name)?.vrrp, let source = vrrp.sourceAddress, let interface = vrrp.interface
        else { return [] }
        return [.announce(source, on: interface)]
    }
}
