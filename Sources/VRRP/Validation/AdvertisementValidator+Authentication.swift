extension AdvertisementValidator {
    /// Step 6 (v2 only): auth type known and equal to ours, the PASS password, then the interval,
    /// whose mismatch keepalived drops to avoid two masters (RFC 3768 section 7.1).
    static func checkV2Authentication(
        _ message: [UInt8], header: VRRPWireHeader, length: Int, policy: VRRPReceivePolicy
    ) throws(VRRPRejection) {
        let type = header.v2AuthenticationType
        guard type <= VRRPAuthentication.ipAuthenticationHeader.wireType else { throw .invalidAuthType(type) }
        guard type == policy.authentication.wireType else {
            throw .authTypeMismatch(received: type, expected: policy.authentication.wireType)
        }
        switch policy.authentication {
        case .none: break
        case .password:
            // Over IPv6 keepalived's v2 carries no authentication data, so nothing can match.
            let carried = policy.family == .inet ? message[(length - VRRPCodec.authenticationDataLength)..<length] : []
            guard constantTimeEqual(carried, VRRPCodec.authenticationData(policy.authentication)) else {
                throw .authPassword
            }
        case .ipAuthenticationHeader: throw .authenticationHeaderUnsupported
        }
        let interval = Duration.seconds(Int(header.v2AdvertisementIntervalSeconds))
        guard interval == policy.advertisementInterval else {
            throw .intervalMismatch(received: interval, configured: policy.advertisementInterval)
        }
    }

    /// Compares without an early exit, so timing does not reveal how much of a password matched.
    static func constantTimeEqual(_ lhs: ArraySlice<UInt8>, _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(lhs, rhs) { difference |= a ^ b }
        return difference == 0
    }
}
