import Testing

@testable import KeepalivedConfig

@Suite struct SyncGroupResolverTests {
    static let instances =
        ModelFixture.instance("", name: "VI_1", vrid: 1) + "\n"
        + ModelFixture.instance("", name: "VI_2", vrid: 2)

    @Test func membersMayBeDefinedAfterTheGroup() throws {
        let result = ModelFixture.load("vrrp_sync_group G {\n group {\n VI_1\n VI_2\n }\n}\n" + Self.instances)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        #expect(result.configuration.vrrpSyncGroups.first?.members == ["VI_1", "VI_2"])
        #expect(result.configuration.vrrpInstances.map(\.syncGroup) == ["G", "G"])
    }

    @Test func aGroupWithoutItsGroupBlockIsRemovedAsInKeepalivedsLvsSyncdSample() throws {
        let result = ModelFixture.load("vrrp_sync_group VG1 {\n  VI_2\n  VI_1\n}\n" + Self.instances)
        #expect(result.diagnostic("unknown keyword 'VI_2' in vrrp_sync_group")?.location?.line == 2)
        #expect(result.diagnostic("unknown keyword 'VI_1' in vrrp_sync_group")?.location?.line == 3)
        let removed = try #require(result.diagnostic("has no member instances"))
        #expect(removed.severity == .error)
        #expect(removed.location?.line == 1)
        #expect(result.configuration.vrrpSyncGroups.isEmpty)
    }

    @Test func aMissingMemberIsReportedWithASuggestion() throws {
        let result = ModelFixture.load("vrrp_sync_group G {\n group {\n VI_1\n VI_3\n }\n}\n" + Self.instances)
        let diagnostic = try #require(result.diagnostic("names vrrp_instance 'VI_3', which does not exist"))
        #expect(diagnostic.notes.first?.message.hasPrefix("did you mean") == true)
        #expect(result.configuration.vrrpSyncGroups.first?.members == ["VI_1"])
        #expect(result.mentions("has only one member"))
    }

    @Test func anInstanceMayBeInOnlyOneGroup() {
        let text = "vrrp_sync_group G {\n group {\n VI_1\n VI_2\n }\n}\nvrrp_sync_group H {\n group {\n VI_1\n }\n}\n"
        let result = ModelFixture.load(text + Self.instances)
        #expect(result.mentions("already in vrrp_sync_group 'G'"))
        #expect(result.configuration.vrrpSyncGroups.map(\.name) == ["G"])
    }

    @Test func weightedTrackersOnMembersAreDroppedUnlessTheGroupKeepsTrackingWeights() throws {
        let script = "vrrp_script chk {\n script \"/bin/true\"\n weight 10\n}\n"
        let members =
            ModelFixture.instance(
                "track_script {\n chk\n}\ntrack_interface {\n eth1 weight 5\n}",
                name: "VI_1", vrid: 1) + "\n"
            + ModelFixture.instance("", name: "VI_2", vrid: 2)
        let dropped = ModelFixture.load(script + "vrrp_sync_group G {\n group {\n VI_1\n VI_2\n }\n}\n" + members)
        let instance = try #require(dropped.instance)
        #expect(instance.tracking.scripts.isEmpty)
        #expect(instance.tracking.interfaces.map(\.weight) == [.fault])
        #expect(dropped.mentions("weighted tracked script 'chk' is ignored"))
        let kept = ModelFixture.load(
            script + "vrrp_sync_group G {\n group {\n VI_1\n VI_2\n }\n sync_group_tracking_weight\n}\n" + members)
        #expect(kept.instance?.tracking.scripts.map(\.weight) == [TrackingWeight(10)])
        #expect(kept.diagnostics.isEmpty, "\(kept.renderedDiagnostics)")
    }
}
