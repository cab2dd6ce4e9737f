/// keepalived's rules for trackers that cannot apply (Docs/Keepalived.md §7.10): an instance does not track its
/// own interface; members of a sync group (without `sync_group_tracking_weight`) and address owners
/// lose their weighted trackers.
enum TrackerPruner {
    static func prune(_ work: inout VRRPInstanceCompletion.Work, context: inout ReadContext) {
        removeOwnInterface(&work, context: &context)
        let inSyncGroup = work.syncGroup.map { !$0.trackingWeight } ?? false
        let owner = work.instance.priority == 255
        guard inSyncGroup || owner else { return }
        let reason =
            inSyncGroup
            ? "its vrrp_sync_group '\(work.syncGroup?.name ?? "")' (without "
                + "sync_group_tracking_weight)" : "priority 255 (an address owner's priority never changes)"
        pruneInterfaces(&work.instance.tracking, keepUnweighted: inSyncGroup, reason: reason, context: &context)
        pruneScripts(&work.instance.tracking, reason: reason, context: &context)
        pruneFiles(&work.instance.tracking, reason: reason, context: &context)
    }

    private static func removeOwnInterface(_ work: inout VRRPInstanceCompletion.Work, context: inout ReadContext) {
        guard let own = work.instance.interface else { return }
        work.instance.tracking.interfaces.removeAll { tracked in
            guard tracked.name == own else { return false }
            // keepalived logs this as a configuration error and carries on without the line.
            context.warning(
                "tracking the instance's own interface '\(own)' is redundant; the line is ignored",
                at: tracked.location, keepalivedReports: true)
            return true
        }
    }

    private static func pruneInterfaces(
        _ tracking: inout VRRPTracking, keepUnweighted: Bool, reason: String, context: inout ReadContext
    ) {
        tracking.interfaces = tracking.interfaces.compactMap { tracked in
            guard tracked.weight.value != 0 else { return tracked }
            if keepUnweighted {
                context.error(
                    "the weight of tracked interface '\(tracked.name)' is ignored because of \(reason); "
                        + "its failure faults the instance", at: tracked.location)
                return TrackedInterface(name: tracked.name, weight: .fault, location: tracked.location)
            }
            context.error(
                "weighted tracked interface '\(tracked.name)' is ignored because of \(reason)",
                at: tracked.location)
            return nil
        }
    }

    private static func pruneScripts(_ tracking: inout VRRPTracking, reason: String, context: inout ReadContext) {
        tracking.scripts.removeAll { tracked in
            guard tracked.weight.value != 0 else { return false }
            context.error(
                "weighted tracked script '\(tracked.name)' is ignored because of \(reason)",
                at: tracked.location)
            return true
        }
    }

    private static func pruneFiles(_ tracking: inout VRRPTracking, reason: String, context: inout ReadContext) {
        tracking.files = tracking.files.compactMap { tracked in
            switch tracked.weight.value {
            case 0:
                return tracked
            case 1:
                context.error(
                    "the default weight 1 of tracked file '\(tracked.name)' is ignored because of "
                        + "\(reason); write 'weight 0' to say so", at: tracked.location)
                return TrackedFile(name: tracked.name, weight: .fault, location: tracked.location)
            default:
                context.error(
                    "weighted tracked file '\(tracked.name)' is ignored because of \(reason)",
                    at: tracked.location)
                return nil
            }
        }
    }
}
