import Glibc
import Testing

@testable import LinuxPlatform

@Suite struct ScriptSecurityTests {
    private static let tree: [String: FileStatus] = [
        "/": FileStatus(ownerID: 0, groupID: 0, mode: S_IFDIR | 0o755),
        "/etc": FileStatus(ownerID: 0, groupID: 0, mode: S_IFDIR | 0o755),
        "/etc/keepalived": FileStatus(ownerID: 0, groupID: 0, mode: S_IFDIR | 0o755),
        "/etc/keepalived/check.sh": FileStatus(ownerID: 0, groupID: 0, mode: S_IFREG | 0o755),
        "/etc/keepalived/group.sh": FileStatus(ownerID: 0, groupID: 50, mode: S_IFREG | 0o775),
        "/etc/keepalived/rootgroup.sh": FileStatus(ownerID: 0, groupID: 0, mode: S_IFREG | 0o775),
        "/tmp": FileStatus(ownerID: 0, groupID: 0, mode: S_IFDIR | 0o1777),
        "/tmp/notify.sh": FileStatus(ownerID: 0, groupID: 0, mode: S_IFREG | 0o755),
        "/home/op": FileStatus(ownerID: 1000, groupID: 1000, mode: S_IFDIR | 0o755),
        "/home": FileStatus(ownerID: 0, groupID: 0, mode: S_IFDIR | 0o755),
        "/home/op/check.sh": FileStatus(ownerID: 0, groupID: 0, mode: S_IFREG | 0o755),
    ]

    private func security(enforced: Bool) -> ScriptSecurity {
        ScriptSecurity(isEnforced: enforced, status: { Self.tree[$0] })
    }

    @Test(arguments: [
        ("/etc/keepalived/check.sh", nil),
        ("/etc/keepalived/rootgroup.sh", nil),
        ("/etc/keepalived/group.sh", "/etc/keepalived/group.sh"),
        ("/tmp/notify.sh", "/tmp"),
        ("/home/op/check.sh", "/home/op"),
    ] as [(String, String?)])
    func theFileOrADirectoryAboveItWritableByNonRootMakesAScriptInsecure(path: String, culprit: String?) {
        #expect(security(enforced: true).firstWritableByNonRoot(path) == culprit)
    }

    @Test func anInsecureRootScriptIsRefusedWhenScriptSecurityIsEnabled() {
        let verdict = security(enforced: true).verdict(forScript: "chk", path: "/tmp/notify.sh", runsAsRoot: true)
        #expect(verdict == .refused(
            "Unsafe permissions found for script 'chk' (/tmp/notify.sh): /tmp is writable by a non-root user - disabling"))
    }

    @Test func anInsecureRootScriptOnlyWarnsWhenScriptSecurityIsOff() {
        let verdict = security(enforced: false).verdict(forScript: "chk", path: "/tmp/notify.sh", runsAsRoot: true)
        guard case .allowedWithWarning(let message) = verdict else {
            Issue.record("expected a warning, got \(verdict)")
            return
        }
        #expect(message.hasPrefix("SECURITY VIOLATION"))
    }

    @Test func aScriptRunAsAnotherUserIsNotJudged() {
        #expect(security(enforced: true).verdict(forScript: "chk", path: "/tmp/notify.sh", runsAsRoot: false) == .allowed)
    }

    @Test func theRealFileSystemsEtcPasswdIsSecure() {
        let real = ScriptSecurity(isEnforced: true, status: { FileStatus(path: $0) })
        #expect(real.firstWritableByNonRoot("/bin/true") == nil)
        #expect(real.firstWritableByNonRoot("/tmp/x") == "/tmp")
    }
}
