import Foundation
import Glibc
import Testing
import VigilLab

/// FILE_CHECK with keepalived 2.2.7's rules (Docs/Keepalived.md §2.3), read from `vigil status` as
/// the files change: weight 0 (a value of 0 is up, any other down), weight 0 `reverse` (the other way
/// round), and a weight with `reverse` (the real server stays up, its weight moves by value × -2).
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct FileCheckTests {
    static let vip = "10.99.0.100"

    static func config(directory d: String) -> String {
        let files = [
            "track_file state {", "    file \(d)/state", "    weight 0", "}",
            "track_file load {", "    file \(d)/load", "}",
        ]
        func real(_ octet: Int, weight: Int, _ check: [String]) -> [String] {
            ["    real_server \(NamespaceLab.ipv4(octet)) 80 {", "        weight \(weight)", "        FILE_CHECK {"]
                + check.map { "            \($0)" } + ["        }", "    }"]
        }
        let service =
            ["virtual_server \(vip) 80 {", "    delay_loop 1", "    lb_algo wrr", "    lb_kind NAT", "    protocol TCP"]
            + real(11, weight: 1, ["track_file state"])
            + real(12, weight: 10, ["track_file load", "weight 2 reverse"])
            + real(13, weight: 1, ["track_file state", "weight 0 reverse"]) + ["}"]
        var instance = InstanceConfig(state: "MASTER", priority: 101, password: "secret12")
        instance.extraLines = []
        return InstanceConfig.file(routerID: "lb1", preamble: files + service, [instance])
    }

    /// What `vigil status` prints for lb1's daemon.
    static func statusText(_ lab: NamespaceLab) -> String {
        lab.attempt("lb1", [IntegrationGate.vigilBinary, "status", "--socket", "\(lab.directory)/lb1.sock"]).output
    }

    /// Health and weight of each real server, by last octet, from `vigil status`.
    static func realServers(_ lab: NamespaceLab) -> [Int: (health: String, weight: String)] {
        let output = statusText(lab)
        var servers: [Int: (health: String, weight: String)] = [:]
        for line in output.split(separator: "\n") {
            // A real server's row starts with its label, `[10.99.0.11]:tcp:80`.
            let words = line.split(separator: " ").map { String($0.trimmingPrefix("[")) }
            guard words.count > 2, words[0].hasPrefix("10.99.0.1"),
                let octet = Int(words[0].dropFirst("10.99.0.".count).prefix { $0.isNumber })
            else { continue }
            servers[octet] = (words[1], words[2])
        }
        return servers
    }

    static func shows(_ lab: NamespaceLab, _ expected: [Int: (String, String)]) async -> Bool {
        await Eventually.holds(within: .seconds(10), every: .milliseconds(100)) {
            let servers = realServers(lab)
            return expected.allSatisfy { octet, want in servers[octet].map { $0 == want } ?? false }
        }
    }

    @Test func theTrackedFilesMoveRealServersDownUpAndTheirWeights() async throws {
        let lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vk"))
        defer { lab.destroy() }
        let (state, load) = ("\(lab.directory)/state", "\(lab.directory)/load")
        try "0\n".write(toFile: state, atomically: true, encoding: .utf8)
        try "0\n".write(toFile: load, atomically: true, encoding: .utf8)
        let lb1 = try lab.startVigil(on: "lb1", config: Self.config(directory: lab.directory))
        #expect(
            await Self.shows(lab, [11: ("up", "1"), 12: ("up", "10"), 13: ("DOWN", "1")]),
            "\(Self.statusText(lab))")

        try "1\n".write(toFile: state, atomically: true, encoding: .utf8)
        try "3\n".write(toFile: load, atomically: true, encoding: .utf8)
        #expect(
            await Self.shows(lab, [11: ("DOWN", "1"), 12: ("up", "4"), 13: ("up", "1")]),
            "\(Self.statusText(lab))")

        // Back again; a value × weight below zero gives weight 0, and the real server stays up.
        try "0\n".write(toFile: state, atomically: true, encoding: .utf8)
        try "0x10\n".write(toFile: load, atomically: true, encoding: .utf8)
        #expect(
            await Self.shows(lab, [11: ("up", "1"), 12: ("up", "0"), 13: ("DOWN", "1")]),
            "\(Self.statusText(lab))")
    }
}
