/// Reads `vrrp_sync_group NAME { group { ... } ... }` (Docs/Keepalived.md §2.3).
enum VRRPSyncGroupReader {
    typealias Target = VRRPSyncGroupDraft

    static func read(_ node: ConfigNode, into configuration: inout ConfigurationDraft, context: inout ReadContext) {
        guard let name = context.blockName(node) else { return }
        if configuration.syncGroups.contains(where: { $0.group.name == name.text }) {
            context.error("vrrp_sync_group '\(name.text)' is already defined; this one is ignored", at: name)
            return
        }
        let group = SyncGroupBlock(name: name.text, location: name.location)
        var draft = VRRPSyncGroupDraft(group: group, nameToken: name)
        context.read(node, with: table, into: &draft, label: .named("vrrp_sync_group", name.text))
        configuration.syncGroups.append(draft)
    }

    static let table = KeywordTable<Target>(
        block: "vrrp_sync_group",
        [
            Keyword("group", block: true) { target, node, _ in
                target.hasGroupBlock = true
                target.memberTokens += (node.children ?? []).flatMap(\.words)
            },
            Keyword("track_interface", block: true) { target, node, context in
                target.group.trackedInterfaces = TrackingListReader.interfaces(
                    node, owner: owner(target), existing: target.group.trackedInterfaces, context: &context)
            },
            Keyword("track_script", block: true) { target, node, context in
                target.group.trackedScripts = TrackingListReader.scripts(
                    node, owner: owner(target), existing: target.group.trackedScripts, context: &context)
            },
            Keyword("track_file", block: true) { target, node, context in
                target.group.trackedFiles = TrackingListReader.files(
                    node, owner: owner(target), existing: target.group.trackedFiles, context: &context)
            },
            Keyword("notify_master") { target, node, context in target.group.notify.master = context.script(node) },
            Keyword("notify_backup") { target, node, context in target.group.notify.backup = context.script(node) },
            Keyword("notify_fault") { target, node, context in target.group.notify.fault = context.script(node) },
            Keyword("notify_stop") { target, node, context in target.group.notify.stop = context.script(node) },
            Keyword("notify") { target, node, context in target.group.notify.generic = context.script(node) },
            Keyword("smtp_alert") { target, node, context in
                if let value = context.flag(node) { target.group.smtpAlert = value }
            },
            Keyword("notify_priority_changes") { target, node, context in
                if let value = context.flag(node) { target.group.notifyPriorityChanges = value }
            },
            Keyword("sync_group_tracking_weight") { target, node, context in
                context.ignoreExtraArguments(node, after: 0)
                target.group.trackingWeight = true
            },
            Keyword("global_tracking", support: .partial("deprecated; has no effect")) { _, node, context in
                context.warning(
                    "'global_tracking' is deprecated and has no effect; use 'sync_group_tracking_weight' "
                        + "to keep weighted tracking on members", at: node.keyword)
            },
            Keyword.unsupported(
                "track_process", block: true,
                "process tracking needs the kernel proc connector; use a vrrp_script instead"),
            Keyword.unsupported("track_bfd", block: true, "vigil does not implement BFD"),
        ])

    private static func owner(_ target: Target) -> String {
        "vrrp_sync_group '\(target.group.name)'"
    }
}
