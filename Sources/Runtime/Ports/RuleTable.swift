import Engine

/// The kernel's policy-routing rules, as far as `virtual_rules` and `static_rules` are concerned.
public protocol RuleTable: Sendable {
    /// Installs a rule; one already there is not an error.
    func add(_ rule: VirtualRuleEntry) async throws
    /// Removes a rule; a rule that is not there is not an error.
    func remove(_ rule: VirtualRuleEntry) async throws
}
