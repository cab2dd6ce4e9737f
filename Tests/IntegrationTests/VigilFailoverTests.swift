import Foundation
import Glibc
import Testing
import VigilLab

/// Two Vigil daemons in namespaces, a client probing the VIP: what the client and `ip addr` see.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct VigilFailoverTests {
    static let vip = "10.99.0.100"

    static func config(_ host: String, priority: Int, extra: (inout InstanceConfig) -> Void = { _ in }) -> String {
        var instance = InstanceConfig(
            state: priority > 100 ? "MASTER" : "BACKUP", priority: priority, password: "secret12")
        extra(&instance)
        return InstanceConfig.file(routerID: host, [instance])
    }

    /// lb1 (101) master and holding the VIP, lb2 (100) backup, web servers answering on both.
    static func converged(_ lab: NamespaceLab, extra: (inout InstanceConfig) -> Void = { _ in }) async throws
        -> (LabProcess, LabProcess)
    {
        try lab.serveName(on: "lb1")
        try lab.serveName(on: "lb2")
        let lb1 = try lab.startVigil(on: "lb1", config: config("lb1", priority: 101, extra: extra))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", vip) }, "lb1 never took the VIP")
        let lb2 = try lab.startVigil(on: "lb2", config: config("lb2", priority: 100, extra: extra))
        try #require(await Eventually.holds(within: .seconds(5)) { lb2.log.contains("(VI_1) Entering BACKUP STATE (init)") })
        try #require(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(vip) == "lb1" })
        return (lb1, lb2)
    }

    @Test func theBackupTakesOverWhenTheMasterIsKilledAndTheMasterPreemptsWhenItReturns() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let (lb1, lb2) = try await Self.converged(lab)
        #expect(await lab.neverHolds("lb2", Self.vip, during: .seconds(4)), "both nodes became master")

        await lb1.crash()
        #expect(await Eventually.holds(within: .seconds(8)) { lab.holds("lb2", Self.vip) })
        #expect(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(Self.vip) == "lb2" })
        #expect(lb2.log.contains("(VI_1) Entering MASTER STATE"))

        let restarted = try lab.startVigil(on: "lb1", config: Self.config("lb1", priority: 101))
        #expect(await Eventually.holds(within: .seconds(10)) { lab.onlyHolder(is: "lb1", of: Self.vip) })
        #expect(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(Self.vip) == "lb1" })
        #expect(restarted.log.contains("(VI_1) removing VIPs."))
        #expect(restarted.log.contains("(VI_1) received lower priority (100) advert from 10.99.0.3 - discarding"))
    }

    @Test func SIGTERMSendsPriorityZeroSoTheBackupTakesOverWithinSkewTime() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let (lb1, _) = try await Self.converged(lab)
        lb1.signal(SIGTERM)
        let takeover = await Eventually.elapsed(within: .seconds(8)) { lab.holds("lb2", Self.vip) }
        // Skew_Time for priority 100 is (256 - 100) / 256 s = 609 ms; Master_Down_Interval would be 3.6 s.
        #expect(takeover.map { $0 < .milliseconds(1_800) } == true, "takeover took \(String(describing: takeover))")
        #expect(await lb1.waitForExit(within: .seconds(5)))
        #expect(!lab.holds("lb1", Self.vip))
        #expect(lb1.log.contains("(VI_1) sent 0 priority"))
        #expect(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(Self.vip) == "lb2" })
        #expect(!FileManager.default.fileExists(atPath: "\(lab.directory)/lb1.pid"))
    }

    @Test func theMastersOwnLinkGoingDownFaultsItAndTheBackupTakesOver() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let (lb1, _) = try await Self.converged(lab) { $0.trackInterfaces = ["eth0"] }
        try lab.inside("lb1", "ip", "link", "set", "eth0", "down")
        #expect(await Eventually.holds(within: .seconds(3)) { lb1.log.contains("(VI_1) Entering FAULT STATE") })
        #expect(await Eventually.holds(within: .seconds(8)) { lab.holds("lb2", Self.vip) })
        #expect(!lab.holds("lb1", Self.vip))
        #expect(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(Self.vip) == "lb2" })

        try lab.inside("lb1", "ip", "link", "set", "eth0", "up")
        #expect(await Eventually.holds(within: .seconds(10)) { lab.onlyHolder(is: "lb1", of: Self.vip) })
        #expect(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(Self.vip) == "lb1" })
    }

    @Test func aFailingWeightedScriptHandsMastershipOverAndBack() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let flag = "\(lab.directory)/lb1-fails"
        let script = ["vrrp_script chk {", "    script \"/usr/bin/test ! -e \(flag)\"", "    interval 1",
                      "    weight -20", "}"]
        try lab.serveName(on: "lb1")
        try lab.serveName(on: "lb2")
        var instance = InstanceConfig(state: "MASTER", priority: 101, password: "secret12")
        instance.trackScripts = ["chk"]
        let lb1 = try lab.startVigil(on: "lb1", config: InstanceConfig.file(routerID: "lb1", preamble: script, [instance]))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) })
        _ = try lab.startVigil(on: "lb2", config: Self.config("lb2", priority: 100))
        try #require(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(Self.vip) == "lb1" })

        #expect(FileManager.default.createFile(atPath: flag, contents: nil))
        #expect(await Eventually.holds(within: .seconds(3)) { lb1.log.contains("(VI_1) Changing effective priority from 101 to 81") })
        #expect(await Eventually.holds(within: .seconds(10)) { lab.onlyHolder(is: "lb2", of: Self.vip) })
        #expect(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(Self.vip) == "lb2" })

        try FileManager.default.removeItem(atPath: flag)
        #expect(await Eventually.holds(within: .seconds(10)) { lab.onlyHolder(is: "lb1", of: Self.vip) })
        #expect(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(Self.vip) == "lb1" })
    }

    @Test func SIGHUPWithAnUnchangedInstanceLeavesNoGapForTheClient() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let (lb1, _) = try await Self.converged(lab)
        let clock = ContinuousClock()
        let end = clock.now + .seconds(4)
        var answers: [String?] = []
        var signalled = false
        while clock.now < end {
            answers.append(lab.clientFetch(Self.vip, timeout: 0.5))
            if !signalled, answers.count >= 5 {
                lb1.signal(SIGHUP)
                signalled = true
            }
        }
        #expect(signalled && answers.count > 10)
        #expect(answers.allSatisfy { $0 == "lb1" }, "answers: \(answers)")
        #expect(lb1.log.contains("Reloading configuration"))
        #expect(lab.onlyHolder(is: "lb1", of: Self.vip))
    }
}
