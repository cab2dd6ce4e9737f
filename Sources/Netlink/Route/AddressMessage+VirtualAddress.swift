import NetworkPrimitives

extension AddressMessage {
    /// The address message keepalived sends for a VIP (Docs/Keepalived.md §3.13):
    /// `IFA_LOCAL` = `IFA_ADDRESS` = the address (or `IFA_ADDRESS` = `peer`); IPv4 may carry a
    /// label and a broadcast; IPv6 gets `IFA_F_NODAD` unless `noDAD` is false and a cache info
    /// whose preferred lifetime is 0 for a /128 (so the kernel never picks it as a source) and
    /// forever otherwise.
    public static func virtualAddress(
        _ prefix: IPPrefix, interfaceIndex: InterfaceIndex, label: String? = nil, scope: AddressScope = .universe,
        broadcast: IPv4Address? = nil, peer: IPAddress? = nil, noDAD: Bool = true, extraFlags: AddressFlags = []
    ) -> AddressMessage {
        var message = AddressMessage(
            family: prefix.family, prefixLength: UInt8(clamping: prefix.length), flags: extraFlags, scope: scope,
            interfaceIndex: interfaceIndex, local: prefix.address, address: peer ?? prefix.address)
        switch prefix.address {
        case .v4:
            message.label = label
            message.broadcast = broadcast
        case .v6:
            if noDAD { message.flags.insert(.noDAD) }
            let preferred = prefix.length == 128 ? 0 : AddressCacheInfo.forever
            message.cacheInfo = AddressCacheInfo(preferredLifetime: preferred, validLifetime: AddressCacheInfo.forever)
        }
        return message
    }
}
