import Testing

@testable import KeepalivedConfig

@Suite struct ScriptUseTests {
    @Test func everyScriptTheConfigurationRunsIsListedWithItsRole() {
        let text = """
            global_defs {
                startup_script /usr/local/bin/start.sh
            }
            vrrp_script tracked {
                script "/usr/bin/true"
            }
            vrrp_script unused {
                script "/usr/bin/false"
            }
            \(ModelFixture.instance("track_script {\n tracked\n}\nnotify_master \"/etc/n.sh master\" nobody"))
            \(ModelFixture.virtualServer("quorum_up /q.sh", realServer: "notify_down /d.sh\nMISC_CHECK {\n misc_path /m.sh\n user nobody\n}"))
            """
        let uses = ModelFixture.load(text).configuration.scriptUses
        #expect(
            uses.map(\.command.program) == [
                "/usr/bin/true", "/usr/local/bin/start.sh", "/etc/n.sh", "/q.sh", "/d.sh", "/m.sh",
            ])
        #expect(uses.map(\.role) == [.trackScript, .notify, .notify, .notify, .notify, .checker])
        #expect(uses[2].user == "nobody")
        #expect(uses[5].user == "nobody")
    }
}
