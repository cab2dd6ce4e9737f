import Engine
import Foundation
import NetworkPrimitives
import Testing

@testable import Daemon

/// keepalived 2.2.7's /tmp/keepalived.json for one MASTER instance (captured with TMPDIR set, then
/// its timestamp and counters noted apart): the keys Vigil's dump must have, in keepalived's order.
private let keepalivedDataKeys = [
    "iname", "dont_track_primary", "skip_check_adv_addr", "strict_mode", "vmac_ifname", "ifp_ifname",
    "master_priority", "last_transition", "garp_delay", "garp_refresh", "garp_rep", "garp_refresh_rep",
    "garp_lower_prio_delay", "garp_lower_prio_rep", "lower_prio_no_advert", "higher_prio_send_advert", "vrid",
    "base_priority", "effective_priority", "vipset", "promote_secondaries", "adver_int", "master_adver_int", "accept",
    "nopreempt", "preempt_delay", "state", "wantstate", "version", "smtp_alert", "notify_deleted", "vips", "auth_type",
]
private let keepalivedStatsKeys = [
    "advert_rcvd", "advert_sent", "become_master", "release_master", "packet_len_err", "advert_interval_err",
    "ip_ttl_err", "invalid_type_rcvd", "addr_list_err", "invalid_authtype", "authtype_mismatch", "auth_failure",
    "pri_zero_rcvd", "pri_zero_sent",
]

@Suite struct KeepalivedJSONDumpTests {
    @Test func aMasterIsDumpedWithKeepalivedsKeysInKeepalivedsOrder() throws {
        var engine = LoneInstance.engine()
        _ = engine.start(now: .zero)
        LoneInstance.run(&engine, until: .zero + .seconds(4))
        let text = KeepalivedJSONDump.render(engine, lastTransitions: ["VI_1": 1_700_000_000.25], startedAt: 1)
        #expect(text.hasPrefix(#"[{"data":{"iname":"VI_1","dont_track_primary":0,"#))
        #expect(text.contains(#""last_transition":1700000000.250000,"#))
        #expect(text.contains(#""vips":["10.99.0.100/24 dev eth0 scope global set"]"#))
        #expect(text.contains(#""state":2,"wantstate":2,"version":2,"#))
        #expect(text.contains(#""garp_delay":5,"#) && text.contains(#""adver_int":1,"master_adver_int":1,"#))
        let data = try #require(text.data(using: .utf8))
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: [String: Any]]])
        let stats = try #require(array.first?["stats"])
        #expect(stats["become_master"] as? Int == 1)
        #expect(Self.keys(in: text, object: "data") == keepalivedDataKeys)
        #expect(Self.keys(in: text, object: "stats") == keepalivedStatsKeys)
    }

    @Test func theTransitionTimeHasSixDecimalsAsKeepalivedPrintsIt() {
        #expect(KeepalivedJSONDump.sixDecimals(12.5) == "12.500000")
        #expect(KeepalivedJSONDump.sixDecimals(1_796_560_294.187583) == "1796560294.187583")
        #expect(KeepalivedJSONDump.sixDecimals(0) == "0.000000")
    }

    /// The keys of `object`'s members in the order written (JSONSerialization forgets order).
    private static func keys(in text: String, object: String) -> [String] {
        guard let start = text.range(of: "\"\(object)\":{") else { return [] }
        var keys: [String] = []
        var depth = 0
        var index = start.upperBound
        var expectingKey = true
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" {
                let end = text[text.index(after: index)...].firstIndex(of: "\"") ?? text.endIndex
                if depth == 0 && expectingKey { keys.append(String(text[text.index(after: index)..<end])) }
                expectingKey = false
                index = end
            } else if character == "{" || character == "[" {
                depth += 1
            } else if character == "]" || (character == "}" && depth > 0) {
                depth -= 1
            } else if character == "}" {
                break
            } else if character == "," && depth == 0 {
                expectingKey = true
            }
            index = text.index(after: index)
        }
        return keys
    }
}
