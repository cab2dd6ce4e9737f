import NetworkPrimitives

/// The unicast, source-address and multicast-group rules of `vrrp_complete_instance`.
extension VRRPInstanceCompletion {
    /// Returns false when keepalived refuses the instance.
    static func applyUnicast(_ work: inout Work, context: inout ReadContext) -> Bool {
        let transport = work.instance.transport
        if work.draft.unicastConfigured, transport.unicastPeers.isEmpty {
            if transport.faultWithoutPeers {
                context.warning(
                    "unicast is configured without any 'unicast_peer'; the instance stays in FAULT",
                    at: work.here)
            } else {
                context.warning(
                    "a unicast keyword is used without any 'unicast_peer'; keepalived falls back to "
                        + "multicast, a deprecated behaviour", at: work.here, keepalivedReports: true)
            }
        }
        if work.instance.strictMode, transport.isUnicast, work.instance.interface != nil {
            context.fatal(
                "strict mode does not allow unicast peers", at: work.here.location,
                notes: [Diagnostic.Note(message: "keepalived's VRRP process refuses to start")])
            return false
        }
        guard work.instance.interface == nil else { return true }
        guard let source = transport.sourceAddress else {
            context.fatal(
                "a unicast instance without 'interface' needs 'unicast_src_ip'", at: work.here.location,
                notes: [Diagnostic.Note(message: "keepalived's VRRP process refuses to start")])
            return false
        }
        if case .v6(let address) = source, address.isLinkLocal {
            context.fatal(
                "without 'interface', 'unicast_src_ip' cannot be a link-local address", at: work.here.location)
            return false
        }
        return true
    }

    static func applyMulticastGroup(_ work: inout Work, context: inout ReadContext) {
        if work.globals.vrrp.checkUnicastSource { work.instance.transport.checkUnicastSource = true }
        if work.instance.transport.isUnicast {
            if work.draft.multicastDestination != nil, let token = work.draft.written["mcast_dst_ip"] {
                context.error("'mcast_dst_ip' cannot be used with unicast peers; it is ignored", at: token)
            }
            work.instance.transport.multicastGroup = nil
            return
        }
        if let group = work.draft.multicastDestination {
            work.instance.transport.multicastGroup = group
        } else if work.instance.family == .inet {
            work.instance.transport.multicastGroup = .v4(work.globals.vrrp.multicastGroup4)
        } else {
            work.instance.transport.multicastGroup = .v6(work.globals.vrrp.multicastGroup6)
        }
    }

    /// The first IPv6 VIP of a multicast instance should be link-local; the packet must fit the VIPs.
    static func checkAddresses(_ work: inout Work, context: inout ReadContext) {
        let vips = work.instance.addresses.virtualIPAddresses
        if work.instance.family == .inet6, !work.instance.transport.isUnicast, let first = vips.first,
            case .v6(let address) = first.address, !address.isLinkLocal
        {
            if work.instance.strictMode {
                context.error("in strict mode the first IPv6 virtual address must be link-local", at: first.location)
            } else {
                context.warning("the first IPv6 virtual address should be link-local", at: first.location)
            }
        }
        let limit = maximumAdvertisedAddresses(work.instance)
        guard vips.count > limit else { return }
        context.error(
            "an advert can carry at most \(limit) addresses; the \(vips.count - limit) after that are "
                + "installed but not advertised", at: vips[limit].location)
        work.instance.addresses.excludedVirtualIPAddresses += vips[limit...]
        work.instance.addresses.virtualIPAddresses = Array(vips[..<limit])
    }

    /// How many addresses fit a 1500-byte frame (and the 8-bit count field).
    private static func maximumAdvertisedAddresses(_ instance: VRRPInstance) -> Int {
        let ethernet = 14
        let vrrpHeader = 8
        var header = ethernet + vrrpHeader + (instance.family == .inet ? 20 : 40)
        if instance.family == .inet, instance.version == .v2 {
            header += 8 + (instance.authentication?.kind == .ah ? 24 : 0)
        }
        return min(255, (1500 - header) / instance.family.addressLength)
    }
}
