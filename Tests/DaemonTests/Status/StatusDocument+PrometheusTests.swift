import Daemon
import Testing

@Suite struct StatusDocumentPrometheusTests {
    private let text = StatusFixture.document.prometheusText()
    private var lines: [Substring] { text.split(separator: "\n") }

    @Test(arguments: [
        #"vigil_vrrp_instance_state{instance="VI_1"} 2"#,
        #"vigil_vrrp_instance_state{instance="VI_2"} 1"#,
        #"vigil_vrrp_instance_effective_priority{instance="VI_2"} 80"#,
        #"vigil_vrrp_instance_info{instance="VI_1",vrid="51",interface="eth0",version="2"} 1"#,
        #"vigil_vrrp_instance_last_transition_timestamp_seconds{instance="VI_1"} 1700000088"#,
        #"vigil_vrrp_adverts_received_total{instance="VI_1"} 17"#,
        #"vigil_vrrp_adverts_sent_total{instance="VI_1"} 1204"#,
        #"vigil_vrrp_packets_rejected_total{instance="VI_1",reason="auth_failure"} 1"#,
        #"vigil_vrrp_packets_rejected_total{instance="VI_1",reason="ip_ttl_err"} 3"#,
        #"vigil_vrrp_sync_group_state{group="G1"} 2"#,
        #"vigil_virtual_server_quorum_up{virtual_server="[10.0.0.100]:tcp:80"} 1"#,
        #"vigil_real_server_up{virtual_server="[10.0.0.100]:tcp:80",real_server="[10.0.1.1]:tcp:8080"} 1"#,
        #"vigil_real_server_up{virtual_server="[10.0.0.100]:tcp:80",real_server="[10.0.1.2]:tcp:8080"} 0"#,
        #"vigil_checker_up{virtual_server="[10.0.0.100]:tcp:80",real_server="[10.0.1.2]:tcp:8080",checker="HTTP_GET",target="[10.0.1.2]:8080"} 0"#,
        #"vigil_info{router_id="LB_TEST",data_plane="nftables"} 1"#,
        "vigil_uptime_seconds 3725",
        "vigil_smtp_alerts_delivered_total 2",
        "vigil_smtp_alerts_failed_total 1",
    ])
    func theExpositionHasTheSample(sample: String) {
        #expect(lines.contains(Substring(sample)), "\(sample) not in\n\(text)")
    }

    @Test func everyFamilyHasOneHelpAndOneTypeLineBeforeItsSamples() {
        var declared: [String: String] = [:]
        var helped: Set<String> = []
        for line in lines {
            let words = line.split(separator: " ", maxSplits: 3).map(String.init)
            if line.hasPrefix("# HELP ") {
                #expect(helped.insert(words[2]).inserted, "HELP twice for \(words[2])")
            } else if line.hasPrefix("# TYPE ") {
                #expect(declared[words[2]] == nil, "TYPE twice for \(words[2])")
                #expect(["gauge", "counter"].contains(words[3]))
                declared[words[2]] = words[3]
            } else {
                let name = String(line.prefix { $0 != "{" && $0 != " " })
                #expect(declared[name] != nil, "\(name) sampled before its TYPE")
                #expect(helped.contains(name))
                if declared[name] == "counter" { #expect(name.hasSuffix("_total")) }
                #expect(Double(line.split(separator: " ").last ?? "") != nil, "value of \(line)")
            }
        }
        #expect(declared.count >= 20)
    }

    @Test func labelValuesAreEscaped() {
        var document = StatusFixture.document
        document.instances[0].name = "a\"b\\c\nd"
        #expect(document.prometheusText().contains(#"vigil_vrrp_instance_state{instance="a\"b\\c\nd"} 2"#))
    }

    @Test func withoutInstancesOrServersTheFamiliesAreStillDeclared() {
        let text = StatusDocument(routerID: "r", generatedAt: 0).prometheusText()
        #expect(text.contains("# TYPE vigil_vrrp_instance_state gauge"))
        #expect(text.contains("# TYPE vigil_real_server_up gauge"))
        #expect(!text.contains("vigil_smtp_alerts"))
    }
}
