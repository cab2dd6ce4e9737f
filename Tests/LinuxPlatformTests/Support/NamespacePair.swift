import Foundation
import LinuxPlatform
import Netlink
import NetworkPrimitives
import VigilLab

/// Two fresh network namespaces, `a` and `b`, joined by a veth pair named `eth0` on both sides,
/// with 10.99.0.2/24 and 10.99.0.3/24, fixed MACs, and DAD off so link-local addresses are usable
/// at once. Names are `vg` + a random suffix; `destroy()` deletes both (call it in a `defer`).
final class NamespacePair: Sendable {
    let a: String
    let b: String
    static let macA = MACAddress("02:99:00:00:00:02")!
    static let macB = MACAddress("02:99:00:00:00:03")!
    static let addressA = IPv4Address(10, 99, 0, 2)
    static let addressB = IPv4Address(10, 99, 0, 3)

    init() throws {
        let suffix = String(UInt32.random(in: 0..<UInt32.max), radix: 36)
        a = "vg\(suffix)a"
        b = "vg\(suffix)b"
        do {
            try build()
        } catch {
            destroy()
            throw error
        }
    }

    private func build() throws {
        for ns in [a, b] {
            try LabShell.run("ip", "netns", "add", ns)
            try LabShell.run(
                "ip", "netns", "exec", ns, "sysctl", "-qw", "net.ipv6.conf.all.accept_dad=0",
                "net.ipv6.conf.default.accept_dad=0")
            try LabShell.run("ip", "-n", ns, "link", "set", "lo", "up")
        }
        try LabShell.run(
            "ip", "-n", a, "link", "add", "eth0", "address", Self.macA.description, "type", "veth", "peer", "name",
            "eth0", "netns", b, "address", Self.macB.description)
        try LabShell.run("ip", "-n", a, "addr", "add", "10.99.0.2/24", "dev", "eth0")
        try LabShell.run("ip", "-n", b, "addr", "add", "10.99.0.3/24", "dev", "eth0")
        try LabShell.run("ip", "-n", a, "link", "set", "eth0", "up")
        try LabShell.run("ip", "-n", b, "link", "set", "eth0", "up")
    }

    /// Deletes both namespaces (and with them the veth pair); safe to call twice.
    func destroy() {
        for ns in [a, b] { _ = try? LabShell.run("ip", "netns", "del", ns) }
    }

    /// Runs `body` inside namespace `ns` (see `NetworkNamespace`), rethrowing its error.
    @discardableResult
    func inside<T: Sendable>(_ ns: String, _ body: @escaping @Sendable () throws -> T) throws -> T {
        try NetworkNamespace.run(named: ns) { Result { try body() } }.get()
    }

    /// The index of `eth0` in `ns`.
    func eth0Index(in ns: String) throws -> InterfaceIndex {
        try inside(ns) { try InterfaceDirectory().index(of: "eth0") }
    }

    /// `ip -n NS OPTIONS...` output.
    @discardableResult
    func ip(_ ns: String, _ arguments: String...) throws -> String {
        try LabShell().run(["ip", "-n", ns] + arguments)
    }
}
