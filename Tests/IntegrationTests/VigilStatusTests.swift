import Daemon
import Foundation
import Glibc
import Testing
import VigilLab

/// `vigil status` against running daemons: what the operator sees is what the nodes hold.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct VigilStatusTests {
    @Test func theStatusSocketShowsTheMasterAndTheBackupAsTheyAre() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        _ = try await VigilFailoverTests.converged(lab)
        let master = StatusClient(socketPath: "\(lab.directory)/lb1.sock")
        let backup = StatusClient(socketPath: "\(lab.directory)/lb2.sock")
        let masterDocument = try await master.status()
        // The backup counts the master's adverts as they arrive, one per second.
        var backupDocument = try await backup.status()
        for _ in 0..<50 where backupDocument.instances.first?.counters.advertisementsReceived == 0 {
            try await Task.sleep(for: .milliseconds(100))
            backupDocument = try await backup.status()
        }
        let lb1 = try #require(masterDocument.instances.first { $0.name == "VI_1" })
        let lb2 = try #require(backupDocument.instances.first { $0.name == "VI_1" })
        #expect(lb1.state == .master)
        #expect(lb2.state == .backup)
        #expect(lb1.effectivePriority == 101)
        #expect(lb1.virtualAddresses.contains { $0.hasPrefix(VigilFailoverTests.vip) })
        #expect(lb2.counters.advertisementsReceived > 0)
        let metrics = String(decoding: try await master.get("/metrics"), as: UTF8.self)
        #expect(metrics.contains("vigil_vrrp_instance_state{instance=\"VI_1\"}"))
    }
}
