/// Alert defaults, advert-interval rounding and the VIP requirement of `vrrp_complete_instance`
/// (Docs/Keepalived.md §3.11).
extension VRRPInstanceCompletion {
    static func applyAlerts(_ work: inout Work) {
        let email = work.globals.email
        work.instance.smtpAlert = work.draft.smtpAlert ?? email.alertVRRP ?? email.alert ?? false
        work.instance.notifyPriorityChanges =
            work.draft.notifyPriorityChanges
            ?? work.syncGroup?.notifyPriorityChanges ?? work.globals.vrrp.notifyPriorityChanges
        if work.instance.transport.sourceAddress == nil { work.instance.tracking.tracksSourceAddress = false }
    }

    /// v2 carries whole seconds (1...255); v3 centiseconds (0.01...40.95); keepalived rounds with an error.
    static func applyAdvertInterval(_ work: inout Work, context: inout ReadContext) {
        let written = work.draft.advertInterval ?? .seconds(1)
        let at = work.draft.written["advert_int"] ?? work.here
        let micros = written.wholeMicroseconds
        var rounded = micros
        if work.instance.version == .v2 {
            if micros >= 256_000_000 {
                rounded = 255_000_000
            } else if micros % 1_000_000 != 0 {
                rounded = max(1_000_000, (micros + 500_000) / 1_000_000 * 1_000_000)
            }
        } else if micros >= 40_960_000 {
            rounded = 40_950_000
        } else if micros % 10_000 != 0 {
            rounded = min(40_950_000, max(10_000, (micros + 5_000) / 10_000 * 10_000))
        }
        if rounded != micros {
            let unit =
                work.instance.version == .v2
                ? "whole seconds for VRRP version 2"
                : "multiples of 10 ms up to 40.95 s for VRRP version 3"
            context.error(
                "'advert_int' \(written.secondsText) must be in \(unit); using "
                    + "\(Duration.microseconds(rounded).secondsText)", at: at)
        }
        work.instance.advertInterval = .microseconds(rounded)
    }

    /// v3 and strict instances need a VIP unless `no_virtual_ipaddress`; others only get a warning.
    static func checkVirtualIPPresence(_ work: inout Work, context: inout ReadContext) -> Bool {
        if work.instance.addresses.allowsNoVirtualIPAddress, work.instance.strictMode {
            context.warning(
                "'no_virtual_ipaddress' cannot be used in strict mode; it is ignored",
                at: work.draft.written["no_virtual_ipaddress"] ?? work.here, keepalivedReports: true)
            work.instance.addresses.allowsNoVirtualIPAddress = false
        }
        guard work.instance.addresses.virtualIPAddresses.isEmpty,
            !work.instance.addresses.allowsNoVirtualIPAddress
        else { return true }
        if work.instance.version == .v3 || work.instance.strictMode {
            context.fatal(
                "vrrp_instance '\(work.draft.name)' has no virtual_ipaddress; VRRP version 3 and strict "
                    + "mode need at least one", at: work.here.location,
                notes: [
                    Diagnostic.Note(
                        message: "write 'no_virtual_ipaddress' if none is intended; "
                            + "keepalived's VRRP process refuses to start")
                ])
            return false
        }
        context.warning(
            "vrrp_instance '\(work.draft.name)' has no virtual_ipaddress", at: work.here,
            keepalivedReports: true)
        return true
    }
}
