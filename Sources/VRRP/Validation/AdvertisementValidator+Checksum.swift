import NetworkPrimitives

extension AdvertisementValidator {
    /// Step 9: the checksum under the instance's mode (Docs/Keepalived.md §3.3). Returns an observation when
    /// the advert passes only thanks to a compatibility rule.
    static func checkChecksum(
        _ message: ArraySlice<UInt8>, metadata: VRRPReceiveMetadata, policy: VRRPReceivePolicy
    ) throws(VRRPRejection) -> AdvertisementObservation? {
        if policy.family == .inet6 && !policy.verifiesIPv6Checksum { return nil }
        let context = VRRPChecksumContext(
            source: metadata.source, destination: metadata.destination, mode: policy.checksumMode)
        let expected = VRRPChecksum.compute(message, version: policy.version, family: policy.family, context: context)
        let carried = UInt16(message[message.startIndex + 6]) << 8 | UInt16(message[message.startIndex + 7])
        if expected == carried { return nil }
        let isV3OverIPv4 = policy.version == .v3 && policy.family == .inet
        if isV3OverIPv4 && policy.checksumMode == .v3AsV2 {
            return .checksumIgnored(received: carried, expected: expected)
        }
        if isV3OverIPv4 && policy.checksumMode == .standard && policy.isUnicast && policy.detectsOldUnicastChecksum
            && metadata.destination != .v4(.vrrpMulticastGroup)
        {
            var old = context
            old.mode = .oldUnicast
            if VRRPChecksum.compute(message, version: .v3, family: .inet, context: old) == carried {
                return .oldUnicastChecksumDetected
            }
        }
        throw .checksum(received: carried, expected: expected)
    }
}
