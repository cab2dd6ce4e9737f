extension VRRPInstance {
    var jsonValue: JSONValue {
        .object(coreMembers + addressMembers + transportMembers + trackingMembers + advertMembers + notifyMembers)
    }

    private var coreMembers: [JSONMember] {
        [
            JSONMember("name", .string(name)),
            JSONMember("state", .string(initialState.rawValue)),
            JSONMember("interface", .text(interface)),
            JSONMember("virtual_router_id", .integer(virtualRouterID)),
            JSONMember("priority", .integer(priority)),
            JSONMember("advert_int", .seconds(advertInterval)),
            JSONMember("version", .integer(version.rawValue)),
            JSONMember("family", family.jsonValue),
            JSONMember(
                "authentication",
                authentication.map {
                    .object(["auth_type": .string($0.kind.rawValue), "auth_pass": .string($0.passwordText)])
                } ?? .null),
            JSONMember("preempt", .bool(preempt)),
            JSONMember("preempt_delay", .seconds(preemptDelay)),
            JSONMember("accept", .bool(accept)),
            JSONMember("strict_mode", .bool(strictMode)),
            JSONMember("sync_group", .optional(syncGroup)),
        ]
    }

    private var addressMembers: [JSONMember] {
        [
            JSONMember("virtual_ipaddress", .array(addresses.virtualIPAddresses) { $0.jsonValue }),
            JSONMember("virtual_ipaddress_excluded", .array(addresses.excludedVirtualIPAddresses) { $0.jsonValue }),
            JSONMember("no_virtual_ipaddress", .bool(addresses.allowsNoVirtualIPAddress)),
            JSONMember("virtual_routes", .array(addresses.virtualRoutes) { $0.jsonValue }),
            JSONMember("virtual_rules", .array(addresses.virtualRules) { $0.jsonValue }),
            JSONMember("promote_secondaries", .bool(promoteSecondaries)),
        ]
    }

    private var transportMembers: [JSONMember] {
        [
            JSONMember("unicast_src_ip", .text(transport.sourceAddress)),
            JSONMember(
                "unicast_peer",
                .array(transport.unicastPeers) {
                    .object([
                        "address": .text($0.address), "min_ttl": .integer($0.minimumTTL),
                        "max_ttl": .integer($0.maximumTTL),
                    ])
                }),
            JSONMember("mcast_dst_ip", .text(transport.multicastGroup)),
            JSONMember("unicast_ttl", .integer(transport.unicastTTL)),
            JSONMember("unicast_fault_no_peer", .bool(transport.faultWithoutPeers)),
            JSONMember("check_unicast_src", .bool(transport.checkUnicastSource)),
            JSONMember("old_unicast_checksum", .string(transport.oldUnicastChecksum.rawValue)),
        ]
    }

    private var trackingMembers: [JSONMember] {
        [
            JSONMember(
                "track_interface",
                .array(tracking.interfaces) {
                    .object(["name": .text($0.name), "weight": $0.weight.jsonValue])
                }),
            JSONMember(
                "track_script",
                .array(tracking.scripts) {
                    .object(["name": .string($0.name), "weight": $0.weight.jsonValue])
                }),
            JSONMember(
                "track_file",
                .array(tracking.files) {
                    .object(["name": .string($0.name), "weight": $0.weight.jsonValue])
                }),
            JSONMember("dont_track_primary", .bool(!tracking.tracksOwnInterface)),
            JSONMember("track_src_ip", .bool(tracking.tracksSourceAddress)),
        ]
    }

    private var advertMembers: [JSONMember] {
        [
            JSONMember("garp_master_delay", .seconds(garp.masterDelay)),
            JSONMember("garp_master_repeat", .integer(garp.masterRepeat)),
            JSONMember("garp_master_refresh", .seconds(garp.masterRefresh)),
            JSONMember("garp_master_refresh_repeat", .integer(garp.masterRefreshRepeat)),
            JSONMember("garp_lower_prio_delay", .seconds(garp.lowerPriorityDelay)),
            JSONMember("garp_lower_prio_repeat", .integer(garp.lowerPriorityRepeat)),
            JSONMember("down_timer_adverts", .integer(advertisement.downTimerAdverts)),
            JSONMember("lower_prio_no_advert", .bool(advertisement.lowerPriorityNoAdvert)),
            JSONMember("higher_prio_send_advert", .bool(advertisement.higherPrioritySendAdvert)),
            JSONMember("owner_ignore_adverts", .bool(advertisement.ownerIgnoresAdverts)),
            JSONMember("skip_check_adv_addr", .bool(advertisement.skipCheckAdvertAddresses)),
            JSONMember("v3_checksum_as_v2", .bool(advertisement.v3ChecksumAsV2)),
            JSONMember("timer_expired_backup", .integer(advertisement.timerExpiredBackupPriority)),
        ]
    }

    private var notifyMembers: [JSONMember] {
        notify.jsonMembers + [
            JSONMember("smtp_alert", .bool(smtpAlert)),
            JSONMember("notify_priority_changes", .bool(notifyPriorityChanges)),
        ]
    }
}

extension NotifyScripts {
    var jsonMembers: [JSONMember] {
        [
            JSONMember("notify_master", master.jsonValue),
            JSONMember("notify_backup", backup.jsonValue),
            JSONMember("notify_fault", fault.jsonValue),
            JSONMember("notify_stop", stop.jsonValue),
            JSONMember("notify_deleted", reportsDeleted ? (deleted.map(\.jsonValue) ?? .bool(true)) : .bool(false)),
            JSONMember("notify_master_rx_lower_pri", masterReceivedLowerPriority.jsonValue),
            JSONMember("notify", generic.jsonValue),
        ]
    }
}
