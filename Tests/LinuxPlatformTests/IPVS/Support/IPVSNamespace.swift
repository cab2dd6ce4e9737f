import LinuxPlatform
import VigilLab

/// A fresh network namespace, hence a fresh IPVS table, named `vg` + a random suffix; `lo` is up
/// (IPVS refuses real servers while it is down). `destroy()` deletes it (call it in a `defer`).
final class IPVSNamespace: Sendable {
    let name: String

    init(_ role: String = "i") throws {
        name = "vg\(String(UInt32.random(in: 0..<UInt32.max), radix: 36))\(role)"
        try LabShell.run("ip", "netns", "add", name)
        do { try LabShell.run("ip", "-n", name, "link", "set", "lo", "up") } catch {
            destroy()
            throw error
        }
    }

    func destroy() { _ = try? LabShell.run("ip", "netns", "del", name) }

    /// An IPVS data plane whose socket lives in this namespace.
    func dataPlane() throws -> IPVSDataPlane {
        let availability = try NetworkNamespace.run(named: name) {
            Result { () throws(NetlinkRequestError) in try IPVSDataPlane.open() }
        }.get()
        guard case .available(let plane) = availability else { throw Unavailable() }
        return plane
    }

    struct Unavailable: Error {}

    /// `ipvsadm ARGS` run in this namespace.
    @discardableResult
    func ipvsadm(_ arguments: String...) throws -> String {
        try LabShell().run(["ip", "netns", "exec", name, "ipvsadm"] + arguments)
    }

    /// `ip -n NAME ARGS`.
    @discardableResult
    func ip(_ arguments: String...) throws -> String {
        try LabShell().run(["ip", "-n", name] + arguments)
    }
}
