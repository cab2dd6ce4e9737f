import NetworkPrimitives

/// One IPVS virtual service as the kernel's service nest describes it (`IPVS_SVC_ATTR_*`,
/// Docs/Keepalived.md §5).
public struct IPVSService: Hashable, Sendable {
    public var key: IPVSServiceKey
    /// `IPVS_SVC_ATTR_SCHED_NAME`, e.g. `wlc` (at most 15 bytes).
    public var scheduler: String
    /// `IPVS_SVC_ATTR_PE_NAME`, e.g. `sip`; sent only when set.
    public var persistenceEngine: String?
    public var flags: IPVSServiceFlags
    /// `IPVS_SVC_ATTR_TIMEOUT`: the persistence timeout in seconds, 0 when not persistent.
    public var timeoutSeconds: UInt32
    /// `IPVS_SVC_ATTR_NETMASK` as carried: for IPv4 the mask's bytes in network order read as a
    /// host-order u32, for IPv6 the prefix length. See `persistencePrefixLength`.
    public var netmask: UInt32
    /// Counters, present in dump replies only.
    public var statistics: IPVSStatistics?

    public init(
        key: IPVSServiceKey, scheduler: String, persistenceEngine: String? = nil, flags: IPVSServiceFlags = [],
        timeoutSeconds: UInt32 = 0, netmask: UInt32? = nil, statistics: IPVSStatistics? = nil
    ) {
        self.key = key
        self.scheduler = scheduler
        self.persistenceEngine = persistenceEngine
        self.flags = flags
        self.timeoutSeconds = timeoutSeconds
        self.netmask = netmask ?? Self.defaultNetmask(for: key.family)
        self.statistics = statistics
    }

    /// The whole-address netmask (/32 or /128) ipvsadm and keepalived send when none is set.
    public static func defaultNetmask(for family: AddressFamily) -> UInt32 {
        netmask(prefixLength: family.maximumPrefixLength, family: family)
    }

    /// The attribute value for a persistence granularity of `prefixLength` bits (clamped).
    public static func netmask(prefixLength: Int, family: AddressFamily) -> UInt32 {
        let length = min(max(prefixLength, 0), family.maximumPrefixLength)
        switch family {
        case .inet6: return UInt32(length)
        case .inet:
            let mask: UInt32 = length == 0 ? 0 : ~0 << (32 - length)
            return mask.byteSwapped
        }
    }

    /// The persistence granularity in bits, or nil for a non-contiguous IPv4 mask.
    public var persistencePrefixLength: Int? {
        switch key.family {
        case .inet6: return netmask <= 128 ? Int(netmask) : nil
        case .inet:
            let mask = netmask.byteSwapped
            let length = mask.leadingZeroBitCount == 0 ? (~mask).leadingZeroBitCount : 0
            return Self.netmask(prefixLength: length, family: .inet) == netmask ? length : nil
        }
    }

    /// The service as keepalived 2.2.7 names it inside destination commands (captured): key,
    /// scheduler and flags, without persistence (no persistent flag, timeout 0, the default
    /// netmask, no engine). The kernel reads only the key there.
    public var asDestinationParent: IPVSService {
        IPVSService(key: key, scheduler: scheduler, flags: flags.subtracting(.persistent))
    }
}
