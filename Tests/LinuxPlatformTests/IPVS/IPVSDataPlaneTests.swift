import Foundation
import Glibc
import LinuxPlatform
import LoadBalancer
import Netlink
import NetworkPrimitives
import Testing

/// Against a real kernel IPVS (scripts/test-ipvs.sh boots one): each test owns a namespace.
@Suite(
    .enabled(
        if: getuid() == 0 && ProcessInfo.processInfo.environment["VIGIL_IPVS_TESTS"] == "1",
        "needs root, a kernel with IPVS and VIGIL_IPVS_TESTS=1"),
    .serialized)
struct IPVSDataPlaneTests {
    typealias T = PlannedTables

    @Test func openingInANamespaceResolvesTheFamilyAndReadsTheVersion() throws {
        let ns = try IPVSNamespace()
        defer { ns.destroy() }
        let plane = try ns.dataPlane()
        defer { plane.close() }
        let info = try plane.info()
        #expect(info.version >= 0x01_02_00)
        #expect(try ns.ipvsadm("-Ln").contains("IP Virtual Server version \(info) (size=\(info.connectionTableSize))"))
        #expect(try plane.observedTable() == VirtualServerTable())
    }

    @Test func aPlannedTableIsProgrammedReadsBackEqualAndIpvsadmListsTheSame() throws {
        let ns = try IPVSNamespace()
        defer { ns.destroy() }
        let plane = try ns.dataPlane()
        defer { plane.close() }
        let changes = VirtualServerTable.diff(observed: try plane.observedTable(), desired: T.full)
        let outcomes = plane.apply(changes).map { try? $0.get() }
        #expect(outcomes == Array(repeating: .applied, count: changes.count))

        #expect(try plane.observedTable() == T.full)
        #expect(VirtualServerTable.diff(observed: try plane.observedTable(), desired: T.full) == [])
        let snapshot = try plane.snapshot()
        #expect(snapshot.unrepresented == [])
        #expect(IPVSadmListing(ipvsadmOutput: try ns.ipvsadm("-Ln")) == IPVSadmListing(snapshot))
    }

    @Test func aChangedPlanConvergesInOneDiff() throws {
        let ns = try IPVSNamespace()
        defer { ns.destroy() }
        let plane = try ns.dataPlane()
        defer { plane.close() }
        _ = plane.apply(VirtualServerTable.diff(observed: VirtualServerTable(), desired: T.full))

        let changes = VirtualServerTable.diff(observed: try plane.observedTable(), desired: T.changed)
        #expect(changes.contains { if case .updateService = $0 { true } else { false } })
        #expect(changes.contains { if case .removeService = $0 { true } else { false } })
        #expect(plane.apply(changes).allSatisfy { (try? $0.get()) == .applied })
        #expect(try plane.observedTable() == T.changed)
        #expect(IPVSadmListing(ipvsadmOutput: try ns.ipvsadm("-Ln")) == IPVSadmListing(try plane.snapshot()))
    }

    @Test func addingWhatExistsAndRemovingWhatIsGoneCountAsDoneAsInKeepalived() throws {
        let ns = try IPVSNamespace()
        defer { ns.destroy() }
        let plane = try ns.dataPlane()
        defer { plane.close() }
        let key = T.web
        let real = Destination(address: IPAddress("10.0.1.1")!, port: 8080, weight: 3)
        #expect(try plane.apply(.addService(key, .init())) == .applied)
        #expect(try plane.apply(.addService(key, .init())) == .alreadyInState)
        #expect(try plane.apply(.addDestination(key, real)) == .applied)
        #expect(try plane.apply(.addDestination(key, real)) == .alreadyInState)
        #expect(try plane.apply(.removeDestination(key, real.key)) == .applied)
        #expect(try plane.apply(.removeDestination(key, real.key)) == .alreadyInState)
        #expect(try plane.apply(.updateDestination(key, real)) == .addedMissingDestination)
        #expect(try plane.observedTable()[key]?.destinations[real.key] == real)
        #expect(try plane.apply(.removeService(key)) == .applied)
        #expect(try plane.apply(.removeService(key)) == .alreadyInState)
        #expect(try plane.apply(.removeDestination(key, real.key)) == .alreadyInState)
    }

    @Test func refusalsTheKernelMeansArePassedOnWithTheirErrno() throws {
        let ns = try IPVSNamespace()
        defer { ns.destroy() }
        let plane = try ns.dataPlane()
        defer { plane.close() }
        let error = #expect(throws: NetlinkRequestError.self) { try plane.apply(.updateService(T.web, .init())) }
        #expect(error?.kernelErrno == ESRCH)
        let real = Destination(address: IPAddress("10.0.1.1")!, port: 8080)
        let missingService = #expect(throws: NetlinkRequestError.self) { try plane.apply(.addDestination(T.web, real)) }
        #expect(missingService?.kernelErrno == ESRCH)
    }

    @Test func reconcilingChangesOnlyItsOwnServicesAndReleaseRemovesThem() throws {
        let ns = try IPVSNamespace()
        defer { ns.destroy() }
        let plane = try ns.dataPlane()
        defer { plane.close() }
        try ns.ipvsadm("-A", "-t", "192.0.2.9:25", "-s", "rr")
        let foreign = IPVSadmListing(ipvsadmOutput: try ns.ipvsadm("-Ln")).services

        let first = try plane.reconcile(to: T.full)
        #expect(first.failures.isEmpty)
        #expect(first.changes == VirtualServerTable.diff(observed: VirtualServerTable(), desired: T.full))
        let second = try plane.reconcile(to: T.changed)
        #expect(second.failures.isEmpty)
        #expect(try plane.reconcile(to: T.changed).changes == [])

        let listed = IPVSadmListing(ipvsadmOutput: try ns.ipvsadm("-Ln")).services
        #expect(listed.filter { foreign[$0.key] != nil } == foreign)
        #expect(listed.count == foreign.count + T.changed.services.count)

        let released = try plane.release()
        #expect(released.changes.count == T.changed.services.count)
        #expect(IPVSadmListing(ipvsadmOutput: try ns.ipvsadm("-Ln")).services == foreign)
    }

    @Test func flushingEmptiesTheTable() throws {
        let ns = try IPVSNamespace()
        defer { ns.destroy() }
        let plane = try ns.dataPlane()
        defer { plane.close() }
        _ = plane.apply(VirtualServerTable.diff(observed: VirtualServerTable(), desired: T.full))
        #expect(try plane.observedTable() != VirtualServerTable())
        try plane.flush()
        #expect(try plane.observedTable() == VirtualServerTable())
        #expect(IPVSadmListing(ipvsadmOutput: try ns.ipvsadm("-Ln")).services.isEmpty)
    }

    @Test func aSyncDaemonStartsAndStops() throws {
        let ns = try IPVSNamespace()
        defer { ns.destroy() }
        let plane = try ns.dataPlane()
        defer { plane.close() }
        let daemon = IPVSSyncDaemon(state: .master, interface: "lo", syncID: 5)
        try plane.startSyncDaemon(daemon)
        #expect(try ns.ipvsadm("-L", "--daemon").contains("master sync daemon (mcast=lo, syncid=5"))
        try plane.stopSyncDaemon(daemon)
        #expect(try !ns.ipvsadm("-L", "--daemon").contains("master"))
    }
}
