/// Advert-handling and mode switches of `vrrp_instance` (Docs/Keepalived.md §3.5, §3.9, §3.17).
extension VRRPInstanceReader {
    static let noAcceptNote =
        "the master accepts traffic addressed to its VIPs anyway: keepalived drops it with firewall rules, which "
            + "vigil does not install (vrrp_iptables/nftables are not supported; vigil check warns)"
    static let strictModeNote =
        "its rules on the configuration are applied; at run time it also turns accept mode off, whose firewall "
            + "rules vigil does not install (see no_accept; vigil check warns)"

    static let timerExpiredBackupReason =
        "a nopreempt MASTER whose adverts ran late enough for another node to have taken over stays MASTER; "
            + "vigil does not revert it to BACKUP"

    static let behaviourKeywords: [InstanceKeyword] = [
        InstanceKeyword("accept") { draft, node, context in
            context.ignoreExtraArguments(node, after: 0)
            draft.accept = true
        },
        InstanceKeyword("no_accept", support: .partial(noAcceptNote)) { draft, node, context in
            context.ignoreExtraArguments(node, after: 0)
            draft.accept = false
        },
        optionalFlag("strict_mode", \.strictMode, support: .partial(strictModeNote)),
        InstanceKeyword("skip_check_adv_addr") { draft, node, context in
            if let value = context.flag(node) { draft.instance.advertisement.skipCheckAdvertAddresses = value }
        },
        InstanceKeyword("v3_checksum_as_v2") { draft, node, context in
            if let value = context.flag(node) { draft.instance.advertisement.v3ChecksumAsV2 = value }
        },
        InstanceKeyword("down_timer_adverts") { draft, node, context in
            if let count = context.integer(node, in: 1...100) { draft.instance.advertisement.downTimerAdverts = count }
        },
        optionalFlag("lower_prio_no_advert", \.lowerPriorityNoAdvert),
        optionalFlag("higher_prio_send_advert", \.higherPrioritySendAdvert),
        optionalFlag("owner_ignore_adverts", \.ownerIgnoresAdverts),
        InstanceKeyword("timer_expired_backup") { draft, node, context in
            readTimerExpiredBackup(node, into: &draft, context: &context)
        }.notSupported(timerExpiredBackupReason),
        InstanceKeyword("thread_timer_expired") { draft, node, context in
            readTimerExpiredBackup(node, into: &draft, context: &context)
        }.notSupported(timerExpiredBackupReason),
        optionalFlag("smtp_alert", \.smtpAlert),
        InstanceKeyword("notify_priority_changes") { draft, node, context in
            if let value = context.flag(node) { draft.notifyPriorityChanges = value }
        },
        InstanceKeyword(
            "promote_secondaries",
            support: .partial(
                "set on the instance's interface at start when off, cleared at an orderly stop, as keepalived "
                    + "2.2.7 does; a reload does not set it for an instance it adds")
        ) { draft, node, context in
            context.ignoreExtraArguments(node, after: 0)
            draft.instance.promoteSecondaries = true
        },
    ]

    private static func optionalFlag(
        _ name: String, _ field: WritableKeyPath<VRRPInstanceDraft, Bool?> & Sendable,
        support: KeywordSupport = .supported
    ) -> InstanceKeyword {
        InstanceKeyword(name, support: support) { draft, node, context in
            if let value = context.flag(node) { draft[keyPath: field] = value }
        }
    }

    private static func readTimerExpiredBackup(
        _ node: ConfigNode, into draft: inout VRRPInstanceDraft, context: inout ReadContext
    ) {
        guard node.arguments.first != nil else {
            draft.timerExpiredBackup = 254
            return
        }
        if let priority = context.integer(node, in: 1...254) { draft.timerExpiredBackup = priority }
    }
}
