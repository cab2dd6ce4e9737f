/// Preemption, accept mode and advert-handling defaults of `vrrp_complete_instance`
/// (Docs/Keepalived.md §3.8, §3.10, §3.17).
extension VRRPInstanceCompletion {
    static func applyPreemption(_ work: inout Work, context: inout ReadContext) {
        var nopreempt = work.draft.nopreempt
        let nopreemptAt = work.draft.written["nopreempt"] ?? work.here
        let delayAt = work.draft.written["preempt_delay"] ?? work.here
        if work.instance.priority == 255, nopreempt {
            context.error("'nopreempt' cannot be used with priority 255; it is ignored", at: nopreemptAt)
            nopreempt = false
        }
        if work.instance.initialState == .master {
            if nopreempt {
                context.error("'nopreempt' does not work with 'state MASTER'; it is ignored", at: nopreemptAt)
                nopreempt = false
            }
            if work.instance.preemptDelay > .zero {
                context.error("'preempt_delay' does not work with 'state MASTER'; it is ignored", at: delayAt)
                work.instance.preemptDelay = .zero
            }
        }
        if work.instance.preemptDelay > .zero, work.instance.strictMode {
            context.error("'preempt_delay' cannot be used in strict mode; it is ignored", at: delayAt)
            work.instance.preemptDelay = .zero
        }
        if work.instance.preemptDelay > .zero, nopreempt {
            context.error("'preempt_delay' cannot be used with 'nopreempt'; it is ignored", at: delayAt)
            work.instance.preemptDelay = .zero
        }
        work.instance.preempt = !nopreempt
        if let priority = work.draft.timerExpiredBackup {
            if nopreempt {
                work.instance.advertisement.timerExpiredBackupPriority = UInt8(priority)
            } else {
                context.error(
                    "'timer_expired_backup' needs 'nopreempt'; it is ignored",
                    at: work.draft.written["timer_expired_backup"] ?? work.draft.written["thread_timer_expired"]
                        ?? work.here)
            }
        }
    }

    static func applyAccept(_ work: inout Work, context: inout ReadContext) {
        let owner = work.instance.priority == 255
        var accept = work.draft.accept ?? (owner ? true : !work.instance.strictMode)
        if accept, !owner, work.instance.strictMode, work.instance.version == .v2 {
            context.error(
                "accept mode does not comply with RFC 3768 for VRRP version 2 in strict mode; it is "
                    + "turned off", at: work.draft.written["accept"] ?? work.here)
            accept = false
        }
        work.instance.accept = accept
    }

    static func applyAdvertOptions(_ work: inout Work, context: inout ReadContext) {
        let strict = work.instance.strictMode
        var options = work.instance.advertisement
        if options.downTimerAdverts != 3, strict {
            context.error(
                "'down_timer_adverts' must be 3 in strict mode; using 3",
                at: work.draft.written["down_timer_adverts"] ?? work.here)
            options.downTimerAdverts = 3
        }
        options.lowerPriorityNoAdvert = strictRequires(
            work.draft.lowerPriorityNoAdvert, strictValue: true, strict: strict,
            fallback: work.globals.vrrp.lowerPriorityNoAdvert, keyword: "lower_prio_no_advert", work: work,
            context: &context)
        options.higherPrioritySendAdvert = strictRequires(
            work.draft.higherPrioritySendAdvert, strictValue: false, strict: strict,
            fallback: work.globals.vrrp.higherPrioritySendAdvert, keyword: "higher_prio_send_advert", work: work,
            context: &context)
        options.ownerIgnoresAdverts = ownerIgnoresAdverts(work, context: &context)
        work.instance.advertisement = options
        applyLowerPriorityGARP(&work, context: &context)
    }

    /// A setting strict mode forces: unset takes `strictValue` in strict mode, else the global; a written
    /// value against strict mode is reset with an error.
    private static func strictRequires(
        _ written: Bool?, strictValue: Bool, strict: Bool, fallback: Bool, keyword: String, work: Work,
        context: inout ReadContext
    ) -> Bool {
        guard let written else { return strict ? strictValue : fallback }
        if strict, written != strictValue {
            context.error(
                "strict mode requires '\(keyword)' to be \(strictValue ? "on" : "off"); it is reset",
                at: work.draft.written[keyword] ?? work.here)
            return strictValue
        }
        return written
    }

    private static func ownerIgnoresAdverts(_ work: Work, context: inout ReadContext) -> Bool {
        let owner = work.instance.priority == 255
        switch work.draft.ownerIgnoresAdverts {
        case true? where !owner:
            context.error(
                "'owner_ignore_adverts' needs priority 255; it is ignored",
                at: work.draft.written["owner_ignore_adverts"] ?? work.here)
            return false
        case nil:
            return owner && (work.instance.strictMode || work.globals.vrrp.ownerIgnoresAdverts)
        case false? where owner && work.instance.strictMode:
            context.error(
                "strict mode with priority 255 requires 'owner_ignore_adverts'; it is turned on",
                at: work.draft.written["owner_ignore_adverts"] ?? work.here)
            return true
        case let value?:
            return value
        }
    }

    private static func applyLowerPriorityGARP(_ work: inout Work, context: inout ReadContext) {
        let strict = work.instance.strictMode
        let globals = work.globals.vrrp.garp
        if let count = work.draft.lowerPriorityRepeat {
            if strict, count != 0 {
                context.error(
                    "strict mode requires 'garp_lower_prio_repeat' 0; it is reset",
                    at: work.draft.written["garp_lower_prio_repeat"] ?? work.here)
            }
            work.instance.garp.lowerPriorityRepeat = strict ? 0 : count
        } else {
            work.instance.garp.lowerPriorityRepeat = strict ? 0 : globals.lowerPriorityRepeat
        }
        if let delay = work.draft.lowerPriorityDelay {
            if strict, delay != .zero {
                context.error(
                    "strict mode requires 'garp_lower_prio_delay' 0; it is reset",
                    at: work.draft.written["garp_lower_prio_delay"] ?? work.here)
            }
            work.instance.garp.lowerPriorityDelay = strict ? .zero : delay
        } else {
            work.instance.garp.lowerPriorityDelay = strict ? .zero : globals.lowerPriorityDelay
        }
    }
}
