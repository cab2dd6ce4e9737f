import NetworkPrimitives

/// keepalived's `vrrp_complete_instance` for one instance: required keywords, defaults that depend on
/// other settings, and the consistency rules, each reported where keepalived reports it. Returns nil
/// when keepalived's VRRP process would refuse to start (Docs/Keepalived.md §7.13).
enum VRRPInstanceCompletion {
    struct Work {
        var draft: VRRPInstanceDraft
        var instance: VRRPInstance
        let globals: GlobalDefinitions
        let syncGroup: SyncGroupBlock?
        /// A note pointing at the instance, for diagnostics about the instance as a whole.
        var here: Token { draft.nameToken }
    }

    static func complete(
        _ draft: VRRPInstanceDraft, syncGroup: SyncGroupBlock?, globals: GlobalDefinitions, context: inout ReadContext
    ) -> VRRPInstance? {
        var work = Work(draft: draft, instance: draft.instance, globals: globals, syncGroup: syncGroup)
        return context.withinBlock(.named("vrrp_instance", draft.name), at: draft.nameToken.location) { context in
            guard checkMinimum(&work, context: &context) else { return nil }
            applyFamilyAndVersion(&work, context: &context)
            applyPriorityAndState(&work, context: &context)
            applyAuthentication(&work, context: &context)
            guard applyUnicast(&work, context: &context) else { return nil }
            checkAddresses(&work, context: &context)
            applyPreemption(&work, context: &context)
            applyAccept(&work, context: &context)
            applyMulticastGroup(&work, context: &context)
            applyAdvertOptions(&work, context: &context)
            applyAlerts(&work)
            applyAdvertInterval(&work, context: &context)
            guard checkVirtualIPPresence(&work, context: &context) else { return nil }
            TrackerPruner.prune(&work, context: &context)
            work.instance.syncGroup = syncGroup?.name
            return work.instance
        }
    }

    /// `chk_min_cfg`: a VRID, and an interface unless unicast.
    private static func checkMinimum(_ work: inout Work, context: inout ReadContext) -> Bool {
        guard let vrid = work.draft.virtualRouterID else {
            context.fatal(
                "vrrp_instance '\(work.draft.name)' has no 'virtual_router_id'", at: work.here.location,
                notes: [Diagnostic.Note(message: "keepalived's VRRP process refuses to start without it")])
            return false
        }
        work.instance.virtualRouterID = UInt8(vrid)
        if work.instance.interface == nil, !work.draft.unicastConfigured {
            context.fatal(
                "vrrp_instance '\(work.draft.name)' has no 'interface'", at: work.here.location,
                notes: [
                    Diagnostic.Note(
                        message: "only unicast instances (unicast_src_ip and unicast_peer) "
                            + "may omit it; keepalived's VRRP process refuses to start")
                ])
            return false
        }
        return true
    }

    private static func applyFamilyAndVersion(_ work: inout Work, context: inout ReadContext) {
        let strict = work.draft.strictMode ?? work.globals.vrrp.strict
        work.instance.strictMode = strict
        let family = work.draft.family ?? .inet
        work.instance.family = family
        var version = work.draft.version
        if family == .inet6 {
            if version == .v2, strict, let token = work.draft.written["version"] {
                context.error("strict mode cannot use IPv6 with VRRP version 2; using version 3", at: token)
                version = .v3
            } else if version == nil {
                version = .v3
            }
        }
        work.instance.version = version ?? work.globals.vrrp.version
        if family == .inet, work.instance.transport.unicastTTL == nil { work.instance.transport.unicastTTL = 255 }
    }

    private static func applyPriorityAndState(_ work: inout Work, context: inout ReadContext) {
        let priority = work.draft.priority ?? (work.draft.state == .master ? 255 : 100)
        work.instance.priority = UInt8(priority)
        guard let state = work.draft.state else {
            work.instance.initialState = priority == 255 ? .master : .backup
            return
        }
        work.instance.initialState = state
        if work.instance.strictMode, (state == .master) != (priority == 255) {
            context.error(
                "in strict mode 'state MASTER' requires priority 255 and priority 255 requires it; using "
                    + "\(priority == 255 ? "MASTER" : "BACKUP")",
                at: work.draft.written["state"] ?? work.here)
            work.instance.initialState = priority == 255 ? .master : .backup
        }
    }
}
