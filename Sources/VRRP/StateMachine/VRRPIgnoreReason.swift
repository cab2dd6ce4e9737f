import NetworkPrimitives

/// Why a received advert or an event changed nothing (keepalived sections 3.5, 3.8, 3.9).
public enum VRRPIgnoreReason: Hashable, Sendable, CustomStringConvertible {
    /// The instance is in INIT or FAULT, where adverts are ignored.
    case notListening(VRRPState)
    /// BACKUP with preemption discards a lower priority (its timer keeps running).
    case lowerPriority(source: IPAddress, priority: UInt8)
    /// MASTER heard its own priority from its own address (a looped or duplicated advert).
    case ownAddress(priority: UInt8)
    /// The advert's version is not the instance's (v2 and v3 speakers ignore each other).
    case versionMismatch(received: VRRPVersion, expected: VRRPVersion)
    /// No instance on that interface and family has this VRID.
    case unknownVirtualRouter(UInt8)
    /// The receive checks dropped the advert (keepalived section 3.5).
    case rejected(VRRPRejection)
    /// A command that does not apply in the current state (e.g. a sync-group move while FAULT).
    case notApplicable(VRRPState)
    /// A command named an instance the router does not have.
    case unknownInstance(String)

    public var description: String {
        switch self {
        case .notListening(let state): "advert ignored in \(state) state"
        case .lowerPriority(let source, let priority):
            "received lower priority (\(priority)) advert from \(source) - discarding"
        case .ownAddress(let priority): "received advert with our own address and priority \(priority)"
        case .versionMismatch(let received, let expected):
            "received VRRPv\(received.rawValue) advert, instance is VRRPv\(expected.rawValue) - discarding"
        case .unknownVirtualRouter(let vrid): "unknown VRID \(vrid) - discarding"
        case .rejected(let rejection): "advert rejected: \(rejection)"
        case .notApplicable(let state): "not applicable in \(state) state"
        case .unknownInstance(let name): "no instance named \(name)"
        }
    }
}
