import Engine
import Testing

@testable import LinuxPlatform

@Suite struct ScriptIdentityPolicyTests {
    @Test func theConfiguredScriptUserWins() {
        let policy = ScriptIdentityPolicy(configuredUser: ScriptUser(name: "op"), userExists: { _ in true })
        #expect(policy.user(for: nil) == ScriptUser(name: "op"))
        #expect(policy.warning == nil)
    }

    @Test func keepalivedScriptIsTheDefaultWhenItExists() {
        let policy = ScriptIdentityPolicy(configuredUser: nil, userExists: { $0 == "keepalived_script" })
        #expect(policy.user(for: nil) == ScriptUser(name: "keepalived_script"))
    }

    @Test func withoutItScriptsRunAsRootWithAWarning() {
        let policy = ScriptIdentityPolicy(configuredUser: nil, userExists: { _ in false })
        #expect(policy.user(for: nil) == nil)
        #expect(policy.warning != nil)
    }

    @Test func aScriptsOwnUserOverridesTheDefault() {
        let policy = ScriptIdentityPolicy(configuredUser: ScriptUser(name: "op"), userExists: { _ in true })
        #expect(policy.user(for: ScriptUser(name: "web", group: "www")) == ScriptUser(name: "web", group: "www"))
    }
}
