import Foundation
import Testing

@testable import KeepalivedConfig

/// keepalived's own sample configurations (the directory `VIGIL_KEEPALIVED_SAMPLES` names; skipped when it
/// is unset): each loads with exactly the findings keepalived reports for it (checked against `keepalived -t`
/// 2.2.7 and the 2.4 source), apart from host checks (interfaces, scripts), plus warnings for keywords vigil
/// does not support.
@Suite(.enabled(if: CorpusFiles.keepalivedSamples != nil, CorpusFiles.samplesSkipped))
struct KeepalivedSampleTests {
    static let samples: [String] = CorpusFiles.keepalivedSamples.map { directory in
        CorpusFiles.files(under: directory) {
            ($0 as NSString).lastPathComponent.hasPrefix("keepalived.conf") && !$0.hasSuffix("auth_hmac.conf")
        }
    } ?? []

    static let expectedFindings: [String: [Finding]] = [
        "keepalived.conf.SSL_GET": [Finding(14, "'state MASTER' cannot be used with AH authentication")],
        "keepalived.conf.fwmark": [Finding(12, "'protocol' is ignored for a fwmark virtual server")],
        // keepalived 2.3 and later report the repeated address; 2.2.7 does not (acceptedByKeepalived227).
        "keepalived.conf.vrrp": [Finding(32, "192.168.200.18 is already listed")],
        // A tracked route needs its interface: keepalived 2.2.7 reports it ("cannot track route") and exits 5.
        "keepalived.conf.track_interface": [Finding(31, "has no 'dev', so it cannot be tracked")],
        "keepalived.conf.vrrp.static_ipaddress": [Finding(25, "has no 'dev', so it cannot be tracked")],
        "keepalived.conf.vrrp.lvs_syncd": [
            Finding(3, "vrrp_sync_group 'VG1' has no member instances"),
            Finding(4, "unknown keyword 'VI_2' in vrrp_sync_group"),
            Finding(5, "unknown keyword 'VI_3' in vrrp_sync_group"),
            Finding(11, "'lvs_sync_daemon_interface' in a vrrp_instance is deprecated"),
        ],
        "keepalived.conf.vrrp.routes": [
            Finding(30, "'or' in routes is deprecated"), Finding(32, "'gw' in routes is deprecated"),
            Finding(29, "has no 'dev', so it cannot be tracked"), Finding(30, "has no 'dev', so it cannot be tracked"),
            Finding(31, "has no 'dev', so it cannot be tracked"), Finding(32, "has no 'dev', so it cannot be tracked"),
        ],
        "keepalived.conf.vrrp.rules": [
            Finding(10, "keepalived gives it 16384"), Finding(11, "'192.168.100./24' is not a valid 'to' address"),
            Finding(25, "keepalived gives it 16383"), Finding(26, "'192.168.200./24' is not a valid 'to' address"),
        ],
        "etc/keepalived/keepalived.conf": strictSample,
        "etc/keepalived/keepalived.conf.sample.in": strictSample + [
            Finding(36, "accept mode does not comply with RFC 3768")
        ],
    ]

    /// Samples whose findings keepalived 2.2.7 does not report: `-t` exits 0 (vigil still warns).
    static let acceptedByKeepalived227: Set<String> = ["keepalived.conf.vrrp"]

    static let strictSample = [
        Finding(15, "'vrrp_garp_interval' must be between"), Finding(16, "'vrrp_gna_interval' must be between"),
        Finding(20, "in strict mode 'state MASTER' requires priority 255"),
        Finding(25, "strict mode does not allow authentication"),
    ]

    static func key(_ path: String) -> String {
        path.hasSuffix("/keepalived.conf") || path.hasSuffix(".sample.in")
            ? path.components(separatedBy: "/").suffix(3).joined(separator: "/") : (path as NSString).lastPathComponent
    }

    @Test func theCorpusHoldsTheTwentyEightConfigurations() {
        #expect(Self.samples.count == 28)
    }

    @Test(arguments: samples)
    func theSampleLoadsWithTheFindingsKeepalivedReports(path: String) throws {
        // The conditional sample is written for `-i high` or `-i low`.
        let result = try #require(CorpusFiles.load(path, configID: "high"))
        try Finding.expectExactly(Self.expectedFindings[Self.key(path)] ?? [], in: result)
        let keepalivedFails =
            !(Self.expectedFindings[Self.key(path)] ?? []).isEmpty && !Self.acceptedByKeepalived227.contains(Self.key(path))
        #expect((result.exitStatus != 0) == keepalivedFails, "exit status \(result.exitStatus)")
    }

    @Test func theConditionalSampleReadsTheLinesOfItsConfigID() throws {
        let path = try #require(CorpusFiles.keepalivedSamples) + "/keepalived.conf.conditional_conf"
        let high = try #require(CorpusFiles.load(path, configID: "high"))
        let low = try #require(CorpusFiles.load(path, configID: "low"))
        #expect(high.instance?.priority == 170)
        #expect(low.instance?.priority == 85)
        #expect(high.configuration.vrrpScripts.first?.script.program == "/etc/keepalived/scripts/check_high_VI_0.sh")
        #expect(high.instance?.version == .v3)
        #expect(high.instance?.advertInterval == .seconds(12))
        #expect(high.instance?.tracking.interfaces.map(\.weight.value) == [0, 20])
    }

    @Test func theMalformedSyncGroupIsRemovedAndItsInstancesStillLoad() throws {
        let path = try #require(CorpusFiles.keepalivedSamples) + "/keepalived.conf.vrrp.lvs_syncd"
        let result = try #require(CorpusFiles.load(path))
        #expect(result.configuration.vrrpSyncGroups.isEmpty)
        #expect(result.configuration.vrrpInstances.map(\.name) == ["VI_1", "VI_2", "VI_3"])
        #expect(result.exitStatus == 5)
    }
}
