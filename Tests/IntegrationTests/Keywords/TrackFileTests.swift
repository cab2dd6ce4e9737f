import Foundation
import Glibc
import Testing
import VigilLab

/// `track_file` through the daemon: `init_file` creates the file, the value written to it times the
/// weight moves the master's priority, and mastership follows (Docs/Keepalived.md §3.14).
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct TrackFileTests {
    static let vip = "10.99.0.100"

    @Test func writingTheTrackedFileMovesThePriorityAndMastershipFollows() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let flag = "\(lab.directory)/lb1-flag"
        let trackFile = ["track_file flag {", "    file \(flag)", "    weight 1", "    init_file 0 overwrite", "}"]
        var instance = InstanceConfig(state: "MASTER", priority: 101, password: "secret12")
        instance.extraLines = ["track_file {", "    flag weight 2", "}"]
        try lab.serveName(on: "lb1")
        try lab.serveName(on: "lb2")
        let lb1 = try lab.startVigil(on: "lb1", config: InstanceConfig.file(routerID: "lb1", preamble: trackFile, [instance]))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) })
        #expect((try? String(contentsOfFile: flag, encoding: .utf8)) == "0\n", "init_file did not write the file")
        _ = try lab.startVigil(
            on: "lb2",
            config: InstanceConfig.file(
                routerID: "lb2", [InstanceConfig(state: "BACKUP", priority: 100, password: "secret12")]))
        try #require(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(Self.vip) == "lb1" })

        // -15 times the line's weight 2: 101 - 30 = 71, below lb2's 100.
        try "-15\n".write(toFile: flag, atomically: true, encoding: .utf8)
        #expect(await Eventually.holds(within: .seconds(3)) {
            lb1.log.contains("(VI_1) Changing effective priority from 101 to 71")
        })
        #expect(await Eventually.holds(within: .seconds(10)) { lab.onlyHolder(is: "lb2", of: Self.vip) })

        // Removing the file reads 0: the priority returns and lb1 preempts.
        try FileManager.default.removeItem(atPath: flag)
        #expect(await Eventually.holds(within: .seconds(3)) {
            lb1.log.contains("(VI_1) Changing effective priority from 71 to 101")
        })
        #expect(await Eventually.holds(within: .seconds(10)) { lab.onlyHolder(is: "lb1", of: Self.vip) })
        #expect(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(Self.vip) == "lb1" })
    }
}
