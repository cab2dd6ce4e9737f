import Foundation
import Glibc
import LinuxPlatform
import LoadBalancer
import NetworkPrimitives
import Testing
import VigilLab

/// A client namespace reaches two HTTP backends through a VIP that IPVSDataPlane programs in a
/// director namespace (NAT, round robin); when one backend stops and the plan drops it, every
/// request reaches the other.
@Suite(
    .enabled(
        if: getuid() == 0 && ProcessInfo.processInfo.environment["VIGIL_IPVS_TESTS"] == "1",
        "needs root, a kernel with IPVS and VIGIL_IPVS_TESTS=1"),
    .serialized)
struct IPVSNATEndToEndTests {
    static let vip = ServiceKey.endpoint(address: IPAddress("10.0.0.1")!, port: 80, protocol: .tcp)

    static func plan(backends: [Int]) -> VirtualServerTable {
        VirtualServerTable([
            VirtualService(
                key: vip, settings: .init(scheduler: .roundRobin),
                destinations: backends.map { Destination(address: IPAddress("10.0.\($0 + 1).2")!, port: 8080) })
        ])
    }

    @Test func requestsAlternateBetweenBackendsAndGoToTheSurvivorOnceTheOtherIsDropped() throws {
        let lab = try NATLab()
        defer { lab.destroy() }
        let plane = try lab.director.dataPlane()
        defer { plane.close() }
        let backends = try [1, 2].map { i in
            try HTTPBackend(
                namespace: lab.backends[i - 1].name, address: "10.0.\(i + 1).2", port: 8080, body: "backend\(i)")
        }
        defer { backends.forEach { $0.stop() } }

        _ = plane.apply(
            VirtualServerTable.diff(observed: try plane.observedTable(), desired: Self.plan(backends: [1, 2])))
        let answers = try (0..<4).map { _ in try lab.get() }
        #expect(Set(answers) == ["backend1", "backend2"])
        #expect(zip(answers, answers.dropFirst()).allSatisfy { $0 != $1 })

        backends[1].stop()
        let drop = VirtualServerTable.diff(observed: try plane.observedTable(), desired: Self.plan(backends: [1]))
        #expect(plane.apply(drop).allSatisfy { (try? $0.get()) == .applied })
        #expect(try (0..<4).map { _ in try lab.get() } == Array(repeating: "backend1", count: 4))
    }
}

/// client (10.0.1.2) -- director (10.0.1.1 | 10.0.2.1 | 10.0.3.1, VIP 10.0.0.1 on lo) -- two backends
/// (10.0.2.2, 10.0.3.2), each in its own namespace.
final class NATLab: Sendable {
    let director: IPVSNamespace
    let client: IPVSNamespace
    let backends: [IPVSNamespace]

    init() throws {
        director = try IPVSNamespace("d")
        var made = [director]
        do {
            client = try IPVSNamespace("c")
            made.append(client)
            backends = try [IPVSNamespace("1"), IPVSNamespace("2")]
            made += backends
            try wire()
        } catch {
            made.forEach { $0.destroy() }
            throw error
        }
    }

    private func wire() throws {
        try LabShell.run("ip", "netns", "exec", director.name, "sysctl", "-qw", "net.ipv4.ip_forward=1")
        try director.ip("addr", "add", "10.0.0.1/32", "dev", "lo")
        for (subnet, peer) in [(1, client)] + zip([2, 3], backends).map({ ($0, $1) }) {
            try director.ip("link", "add", "to\(subnet)", "type", "veth", "peer", "name", "eth0", "netns", peer.name)
            try director.ip("addr", "add", "10.0.\(subnet).1/24", "dev", "to\(subnet)")
            try director.ip("link", "set", "to\(subnet)", "up")
            try peer.ip("addr", "add", "10.0.\(subnet).2/24", "dev", "eth0")
            try peer.ip("link", "set", "eth0", "up")
            try peer.ip("route", "add", "default", "via", "10.0.\(subnet).1")
        }
    }

    func destroy() { ([director, client] + backends).forEach { $0.destroy() } }

    /// `GET http://10.0.0.1/` from the client namespace: the body, or a note of the failure.
    func get() throws -> String {
        let body = try? LabShell.run(
            "ip", "netns", "exec", client.name, "curl", "-s", "--max-time", "5", "http://10.0.0.1/")
        return body?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "(no answer)"
    }
}
