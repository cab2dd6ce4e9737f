import NetworkPrimitives
import Testing

@testable import KeepalivedConfig

@Suite struct TrackingListReaderTests {
    static let scripts = """
        vrrp_script chk_a {
            script "/usr/bin/true"
            weight -4
        }
        vrrp_script chk_b {
            script "/usr/bin/true"
        }

        """

    @Test func trackedScriptsTakeTheScriptsWeightUnlessTheLineGivesOne() throws {
        let text = Self.scripts + ModelFixture.instance("track_script {\n chk_a\n chk_b weight 2 reverse\n}")
        let result = ModelFixture.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let scripts = try #require(result.instance).tracking.scripts
        #expect(scripts.map(\.weight) == [TrackingWeight(-4), TrackingWeight(2, reverse: true)])
    }

    @Test func aScriptDefinedAfterTheInstanceIsAnErrorWithANotePointingAtTheLaterDefinition() throws {
        let text = ModelFixture.instance("track_script {\n chk_a\n}") + "\n" + Self.scripts
        let result = ModelFixture.load(text)
        let error = try #require(
            result.diagnostic("tracks vrrp_script 'chk_a', which is not defined before this point"))
        #expect(error.location?.line == 8)
        #expect(error.notes.first?.message.contains("is defined here, after its use") == true)
        #expect(error.notes.first?.location?.line == 11)
        #expect(result.instance?.tracking.scripts.isEmpty == true)
        #expect(result.mentions("vrrp_script 'chk_a' is not tracked"))
    }

    @Test(arguments: [
        ("eth1 weight 254", 253, true), ("eth1 weight -254", -253, true), ("eth1 weight 253", 253, false),
        ("eth1 weight 300", 0, true), ("eth1", 0, false),
    ])
    func interfaceWeightsAreLimitedToPlusMinus253(line: String, weight: Int, reported: Bool) throws {
        let result = ModelFixture.load(ModelFixture.instance("track_interface {\n \(line)\n}"))
        #expect(result.instance?.tracking.interfaces.first?.weight.value == weight)
        #expect(!result.diagnostics.isEmpty == reported, "\(result.renderedDiagnostics)")
    }

    @Test func trackFilesAreResolvedByName() throws {
        let text =
            "track_file f1 {\n file /run/prio\n weight -10\n init_file 5 overwrite\n}\n"
            + ModelFixture.instance("track_file {\n f1\n}")
        let result = ModelFixture.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let file = try #require(result.configuration.trackFiles.first)
        #expect(file.path == "/run/prio")
        #expect(file.initialValue == TrackFile.InitialValue(value: 5, overwrite: true))
        #expect(result.instance?.tracking.files.first?.weight == TrackingWeight(-10))
    }

    @Test func theDeprecatedVrrpTrackFileNameStillWorks() {
        let result = ModelFixture.load("vrrp_track_file f1 {\n file /run/prio\n}\n")
        #expect(result.configuration.trackFiles.map(\.name) == ["f1"])
        #expect(result.mentions("deprecated name of 'track_file'"))
    }

    @Test func anAddressOwnerLosesWeightedTrackers() throws {
        let text = Self.scripts + ModelFixture.instance("priority 255\ntrack_script {\n chk_a\n chk_b\n}")
        let result = ModelFixture.load(text)
        #expect(try #require(result.instance).tracking.scripts.map(\.name) == ["chk_b"])
        #expect(result.mentions("priority 255"))
    }
}
