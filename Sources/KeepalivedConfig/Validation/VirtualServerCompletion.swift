import NetworkPrimitives

/// keepalived's end-of-block and `validate_check_config` rules for virtual servers: defaults for
/// protocol, scheduler and forwarding (each reported as keepalived does), real-server inheritance,
/// port fixes, quorum limits and checker schedules (Docs/Keepalived.md §2.3, §4.1, §7.14).
enum VirtualServerCompletion {
    static func complete(_ draft: inout ConfigurationDraft, context: inout ReadContext) {
        let groups = draft.configuration.virtualServerGroups
        for serverDraft in draft.virtualServers {
            let completed = context.withinBlock(
                .virtualServer(serverDraft.server.address), at: serverDraft.server.location
            ) { context in
                complete(serverDraft, groups: groups, globals: context.globals, context: &context)
            }
            if let server = completed { draft.configuration.virtualServers.append(server) }
        }
    }

    private static func complete(
        _ draft: VirtualServerDraft, groups: [VirtualServerGroup], globals: GlobalDefinitions,
        context: inout ReadContext
    ) -> VirtualServer? {
        var work = VirtualServerWork(draft: draft, globals: globals, trackFiles: context.trackFiles)
        if case .group(let name) = draft.server.address {
            guard let group = groups.first(where: { $0.name == name }) else {
                context.error(
                    "virtual_server_group '\(name)' is not defined; the virtual server is ignored",
                    at: draft.keyword)
                return nil
            }
            work.group = group
        }
        guard work.resolveFamily(context: &context) else { return nil }
        work.applyServiceDefaults(context: &context)
        work.completeRealServers(context: &context)
        work.applyQuorumLimits(context: &context)
        work.fixPorts(context: &context)
        work.resolveCheckers()
        return work.server
    }
}
