/// Tracking keywords of `vrrp_instance` (Docs/Keepalived.md §3.14).
extension VRRPInstanceReader {
    static let trackingKeywords: [InstanceKeyword] = [
        InstanceKeyword("track_interface", block: true) { draft, node, context in
            draft.instance.tracking.interfaces = TrackingListReader.interfaces(
                node, owner: "vrrp_instance '\(draft.name)'", existing: draft.instance.tracking.interfaces,
                context: &context)
        },
        InstanceKeyword("track_script", block: true) { draft, node, context in
            draft.instance.tracking.scripts = TrackingListReader.scripts(
                node, owner: "vrrp_instance '\(draft.name)'", existing: draft.instance.tracking.scripts,
                context: &context)
        },
        InstanceKeyword("track_file", block: true) { draft, node, context in
            draft.instance.tracking.files = TrackingListReader.files(
                node, owner: "vrrp_instance '\(draft.name)'", existing: draft.instance.tracking.files,
                context: &context)
        },
        InstanceKeyword("dont_track_primary") { draft, node, context in
            context.ignoreExtraArguments(node, after: 0)
            draft.instance.tracking.tracksOwnInterface = false
        },
        InstanceKeyword("track_src_ip") { draft, node, context in
            context.ignoreExtraArguments(node, after: 0)
            draft.instance.tracking.tracksSourceAddress = true
        },
    ]
}
