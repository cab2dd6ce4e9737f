/// Notification and GARP keywords of `vrrp_instance` (Docs/Keepalived.md §6.3, §3.12).
extension VRRPInstanceReader {
    static let notifyKeywords: [InstanceKeyword] = [
        InstanceKeyword("notify_master") { draft, node, context in draft.instance.notify.master = context.script(node)
        },
        InstanceKeyword("notify_backup") { draft, node, context in draft.instance.notify.backup = context.script(node)
        },
        InstanceKeyword("notify_fault") { draft, node, context in draft.instance.notify.fault = context.script(node) },
        InstanceKeyword("notify_stop") { draft, node, context in draft.instance.notify.stop = context.script(node) },
        InstanceKeyword("notify_deleted") { draft, node, context in
            draft.instance.notify.reportsDeleted = true
            if node.arguments.first != nil { draft.instance.notify.deleted = context.script(node) }
        },
        InstanceKeyword("notify_master_rx_lower_pri") { draft, node, context in
            draft.instance.notify.masterReceivedLowerPriority = context.script(node)
        },
        InstanceKeyword("notify") { draft, node, context in draft.instance.notify.generic = context.script(node) },
    ]

    static let garpKeywords: [InstanceKeyword] = GARPKeywords.keywords(
        prefix: "", settings: \VRRPInstanceDraft.instance.garp,
        lowerPriorityDelay: \VRRPInstanceDraft.lowerPriorityDelay,
        lowerPriorityRepeat: \VRRPInstanceDraft.lowerPriorityRepeat)
}
