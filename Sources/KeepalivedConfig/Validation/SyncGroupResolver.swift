/// Resolves `vrrp_sync_group` members against the instances (any order is allowed), with keepalived's
/// rules: a member must exist, may be in only one group, and a group without members is removed.
enum SyncGroupResolver {
    /// Adds the valid groups to the configuration and returns each member instance's group name.
    static func resolve(_ draft: inout ConfigurationDraft, context: inout ReadContext) -> [String: String] {
        var membership: [String: String] = [:]
        let validInstances = Set(draft.instances.map(\.name))
        for groupDraft in draft.syncGroups {
            var group = groupDraft.group
            guard !groupDraft.memberTokens.isEmpty else {
                let why = groupDraft.hasGroupBlock ? "its 'group' block is empty" : "it has no 'group { }' block"
                context.error(
                    "vrrp_sync_group '\(group.name)' has no member instances (\(why)); it is removed",
                    at: groupDraft.nameToken)
                continue
            }
            for token in groupDraft.memberTokens {
                guard
                    let member = member(
                        token, of: group.name, membership: membership, valid: validInstances,
                        draft: draft, context: &context)
                else { continue }
                group.members.append(member)
                membership[member] = group.name
            }
            guard !group.members.isEmpty else {
                context.error(
                    "vrrp_sync_group '\(group.name)' has no existing member instances; it is removed",
                    at: groupDraft.nameToken)
                continue
            }
            if group.members.count == 1 {
                context.warning(
                    "vrrp_sync_group '\(group.name)' has only one member; a sync group needs two to "
                        + "do anything", at: groupDraft.nameToken, keepalivedReports: true)
            }
            draft.configuration.vrrpSyncGroups.append(group)
        }
        return membership
    }

    private static func member(
        _ token: Token, of group: String, membership: [String: String], valid: Set<String>,
        draft: ConfigurationDraft, context: inout ReadContext
    ) -> String? {
        let name = token.text
        if let other = membership[name] {
            context.error(
                "vrrp_instance '\(name)' is already in vrrp_sync_group '\(other)'; an instance can be in "
                    + "only one group, so it is left out of '\(group)'", at: token)
            return nil
        }
        guard valid.contains(name) else {
            var notes: [Diagnostic.Note] = []
            if let suggestion = KeywordSuggester.suggestion(for: name, among: Array(valid)) {
                notes.append(Diagnostic.Note(message: "did you mean '\(suggestion)'?"))
            }
            context.error(
                "vrrp_sync_group '\(group)' names vrrp_instance '\(name)', which does not exist",
                at: token, notes: notes)
            return nil
        }
        return name
    }
}
