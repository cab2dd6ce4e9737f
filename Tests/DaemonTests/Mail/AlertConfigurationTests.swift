import Daemon
import Engine
import KeepalivedConfig
import LinuxPlatform
import LoadBalancer
import NetworkPrimitives
import Testing

private let identity = LocalMailIdentity(hostname: "lb1.example.com", userName: "root")

private func alerts(_ text: String) -> AlertConfiguration {
    AlertConfiguration(CheckerConfigText.load(text).configuration, identity: identity)
}

@Suite struct AlertConfigurationTests {
    @Test func withoutSmtpServerThereIsNoMailer() {
        let configuration = alerts(AlertConfigText.globals(port: nil))
        #expect(configuration.mailer == nil)
        #expect(!configuration.settings.hasServer)
    }

    @Test func keepalivedsDefaultsComeFromTheHostAndUser() {
        let configuration = alerts("global_defs {\n smtp_server 192.0.2.25\n}\n")
        #expect(configuration.settings.routerID == "lb1.example.com")
        #expect(configuration.settings.sender == "root@lb1.example.com")
        #expect(
            configuration.mailer
                == SMTPMailerConfiguration(
                    host: "192.0.2.25", port: 25, heloName: "lb1.example.com", timeout: .seconds(30)))
    }

    @Test func writtenSettingsWin() {
        let configuration = alerts(
            AlertConfigText.globals(port: 2525, extra: "smtp_helo_name mx-client\nno_email_faults"))
        #expect(configuration.settings.routerID == "LB_TEST")
        #expect(configuration.settings.sender == "vigil@lb1.example.com")
        #expect(configuration.settings.recipients == ["ops@example.com"])
        #expect(configuration.settings.noEmailFaults)
        #expect(configuration.mailer?.heloName == "mx-client")
        #expect(configuration.mailer?.serverLabel == "[127.0.0.1]:2525")
        #expect(configuration.mailer?.timeout == .seconds(5))
    }

    @Test(arguments: [
        ("", "", [false, false]),
        ("smtp_alert", "", [true, true]),
        ("smtp_alert_vrrp", "", [true, true]),
        ("smtp_alert_checker", "", [false, false]),
        ("smtp_alert", "smtp_alert false", [false, true]),
    ])
    func vrrpAlertsFollowTheInstanceThenSmtpAlertVrrpThenSmtpAlert(global: String, own: String, expected: [Bool]) {
        let text =
            AlertConfigText.globals(port: 25, extra: global) + AlertConfigText.instance("VI_1", vrid: 1, lines: own)
            + AlertConfigText.instance("VI_2", vrid: 2)
            + "vrrp_sync_group G1 {\n group {\n VI_2\n }\n}\n"
        let configuration = alerts(text)
        #expect([configuration.instances["VI_1"], configuration.instances["VI_2"]] == expected)
        #expect(configuration.syncGroups["G1"] == expected[1])
    }

    @Test func realServersAlertUnlessSwitchedOffAndVirtualServersOnlyWhenSwitchedOn() {
        let text =
            AlertConfigText.globals(port: 25)
            + CheckerConfigText.virtualServer("smtp_alert", realServer: "smtp_alert off\nTCP_CHECK {\n}")
            + CheckerConfigText.virtualServer(address: "10.0.0.101 80")
        let switches = alerts(text).checkers
        let first = VirtualServerID("[10.0.0.100]:tcp:80")
        let second = VirtualServerID("[10.0.0.101]:tcp:80")
        let backend = IPAddress("10.0.1.1") ?? .v4(IPv4Address(0))
        #expect(switches.alerts(first) && !switches.alerts(second))
        #expect(!switches.alerts(RealServerID(virtualServer: first, address: backend, port: 8080)))
        #expect(switches.alerts(RealServerID(virtualServer: second, address: backend, port: 8080)))
    }
}
