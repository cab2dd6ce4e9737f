import NetworkPrimitives

/// Checks a received advert against an instance's policy in keepalived's order (Docs/Keepalived.md §3.5,
/// steps 2-13; RFC 3768 section 7.1, RFC 5798 section 7.1), so that a packet failing two checks
/// reports the same one keepalived would.
public enum AdvertisementValidator {
    /// Validates `message`, the VRRP part of a received datagram (IPv4 header already removed).
    public static func validate(
        _ message: [UInt8], metadata: VRRPReceiveMetadata, policy: VRRPReceivePolicy
    ) -> AdvertisementValidation {
        var addresses: [IPAddress] = []
        return validate(message, metadata: metadata, policy: policy, reusing: &addresses)
    }

    /// `validate(_:metadata:policy:)` decoding the advertised addresses into `addresses` (see
    /// `VRRPCodec.decode(_:family:ipHeaderLength:reusing:)`), so a steady receiver allocates no list.
    public static func validate(
        _ message: [UInt8], metadata: VRRPReceiveMetadata, policy: VRRPReceivePolicy,
        reusing addresses: inout [IPAddress]
    ) -> AdvertisementValidation {
        do {
            return .accepted(try accept(message, metadata: metadata, policy: policy, reusing: &addresses))
        } catch {
            return .rejected(error)
        }
    }

    static func accept(
        _ message: [UInt8], metadata: VRRPReceiveMetadata, policy: VRRPReceivePolicy,
        reusing addresses: inout [IPAddress]
    ) throws(VRRPRejection) -> AcceptedAdvertisement {
        let header = try checkEnvelope(message, metadata: metadata, policy: policy)
        let length = try checkLength(message, header: header, metadata: metadata, policy: policy)
        try checkTTLAndVersion(header, metadata: metadata, policy: policy)
        if policy.version == .v2 { try checkV2Authentication(message, header: header, length: length, policy: policy) }
        try checkTypeAndTotalLength(header, received: message.count, metadata: metadata)
        var observations: [AdvertisementObservation] = []
        if policy.version == .v3, header.advertisementInterval != policy.advertisementInterval {
            observations.append(
                .intervalMismatchV3(received: header.advertisementInterval, configured: policy.advertisementInterval))
        }
        if let observation = try checkChecksum(message[0..<length], metadata: metadata, policy: policy) {
            observations.append(observation)
        }
        try checkTransport(metadata: metadata, policy: policy)
        if policy.ownerIgnoresAdverts && policy.priority == 255 { throw .ownerIgnoresAdverts }
        let advertisement: VRRPAdvertisement
        do {
            advertisement = try VRRPCodec.decode(
                message, family: policy.family, ipHeaderLength: metadata.ipv4HeaderLength, reusing: &addresses
            ).advertisement
        } catch {
            throw .malformed(error)
        }
        if let mismatch = addressListMismatch(advertisement.addresses, policy: policy) {
            observations.append(mismatch)
        }
        try checkUnicastSource(metadata: metadata, policy: policy)
        return AcceptedAdvertisement(advertisement: advertisement, source: metadata.source, observations: observations)
    }

    /// Socket-level demultiplexing: interface, family, a whole fixed header, VRID.
    static func checkEnvelope(
        _ message: [UInt8], metadata: VRRPReceiveMetadata, policy: VRRPReceivePolicy
    ) throws(VRRPRejection) -> VRRPWireHeader {
        if let expected = policy.interfaceIndex, let received = metadata.interfaceIndex, expected != received {
            throw .wrongInterface(received: received)
        }
        guard metadata.source.family == policy.family else { throw .familyMismatch(received: metadata.source.family) }
        let header: VRRPWireHeader
        do { header = try VRRPWireHeader(parsing: message) } catch { throw .malformed(error) }
        guard header.virtualRouterID == policy.virtualRouterID else {
            throw .virtualRouterID(received: header.virtualRouterID)
        }
        return header
    }

    /// Step 2: the length the address count implies, Ethernet padding tolerated.
    static func checkLength(
        _ message: [UInt8], header: VRRPWireHeader, metadata: VRRPReceiveMetadata, policy: VRRPReceivePolicy
    ) throws(VRRPRejection) -> Int {
        do {
            return try VRRPCodec.checkedLength(
                of: header, family: policy.family, received: message.count,
                ipHeaderLength: metadata.ipv4HeaderLength)
        } catch {
            throw .length(expected: header.messageLength(family: policy.family), received: message.count)
        }
    }

    /// Steps 3-4: TTL 255 for multicast instances only (RFC 5798 section 7.1), then the version.
    static func checkTTLAndVersion(
        _ header: VRRPWireHeader, metadata: VRRPReceiveMetadata, policy: VRRPReceivePolicy
    ) throws(VRRPRejection) {
        if !policy.isUnicast, let hopLimit = metadata.hopLimit, hopLimit != 255 { throw .ttl(received: hopLimit) }
        guard header.versionNumber == policy.version.rawValue else { throw .version(received: header.versionNumber) }
    }

    /// Step 7: the type, then (IPv4) the Total Length against what arrived, padding tolerated.
    static func checkTypeAndTotalLength(
        _ header: VRRPWireHeader, received: Int, metadata: VRRPReceiveMetadata
    ) throws(VRRPRejection) {
        guard header.typeNumber == VRRPCodec.advertisementType else { throw .type(header.typeNumber) }
        guard let totalLength = metadata.ipv4TotalLength else { return }
        let buffered = metadata.ipv4HeaderLength + received
        if totalLength != buffered && !EthernetPadding.isTolerated(expected: totalLength, received: buffered) {
            throw .ipTotalLength(totalLength: totalLength, received: buffered)
        }
    }

    /// Step 10: a multicast instance takes only multicast, a unicast one only unicast.
    static func checkTransport(metadata: VRRPReceiveMetadata, policy: VRRPReceivePolicy) throws(VRRPRejection) {
        switch (policy.isUnicast, metadata.destination.isMulticast) {
        case (true, true): throw .multicastOnUnicastInstance
        case (false, false): throw .unicastOnMulticastInstance
        case (true, false), (false, true): return
        }
    }

    /// Step 12: logged, never a rejection. The count always counts; the content only when asked.
    static func addressListMismatch(
        _ received: [IPAddress], policy: VRRPReceivePolicy
    ) -> AdvertisementObservation? {
        let matches =
            received.count == policy.addresses.count
            && (!policy.comparesAddresses || policy.addresses.allSatisfy { received.contains($0) })
        return matches ? nil : .addressListMismatch(expected: policy.addresses, received: received)
    }

    /// Step 13: with `check_unicast_src`, the sender must be a peer, within its TTL range.
    static func checkUnicastSource(metadata: VRRPReceiveMetadata, policy: VRRPReceivePolicy) throws(VRRPRejection) {
        guard case .unicast(let peers, checksSource: true) = policy.transport else { return }
        guard let peer = peers.first(where: { $0.address == metadata.source }) else {
            throw .unknownUnicastSource(metadata.source)
        }
        if let range = peer.ttlRange, let hopLimit = metadata.hopLimit, !range.contains(hopLimit) {
            throw .unicastTTLOutOfRange(hopLimit)
        }
    }
}
