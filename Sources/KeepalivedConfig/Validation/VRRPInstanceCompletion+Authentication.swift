/// The authentication rules of `vrrp_complete_instance` (Docs/Keepalived.md §3.4).
extension VRRPInstanceCompletion {
    static func applyAuthentication(_ work: inout Work, context: inout ReadContext) {
        guard let kind = work.draft.authenticationKind else {
            if let token = work.draft.written["authentication"], work.draft.authenticationPassword != nil {
                context.error(
                    "'authentication' has an 'auth_pass' but no 'auth_type'; no authentication is used",
                    at: token)
            }
            return
        }
        let at = work.draft.written["authentication"] ?? work.here
        if work.instance.strictMode {
            context.error("strict mode does not allow authentication; it is ignored", at: at)
        } else if work.instance.version == .v3 {
            context.error("VRRP version 3 has no authentication; it is ignored", at: at)
        } else if work.draft.authenticationPassword == nil {
            context.error("'authentication' has no 'auth_pass'; it is ignored", at: at)
        } else if work.instance.family == .inet6, kind == .ah {
            context.error("AH authentication cannot be used with IPv6; it is ignored", at: at)
        } else {
            work.instance.authentication = AuthenticationBlock(
                kind: kind, password: work.draft.authenticationPassword ?? [])
            if kind == .ah, work.instance.initialState == .master, work.instance.priority != 255 {
                context.error(
                    "'state MASTER' cannot be used with AH authentication unless priority is 255; "
                        + "using BACKUP", at: work.draft.written["state"] ?? at,
                    notes: [
                        Diagnostic.Note(
                            message: "an AH master needs the sequence number from a peer's "
                                + "advert before taking over")
                    ])
                work.instance.initialState = .backup
            }
        }
    }
}
