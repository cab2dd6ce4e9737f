import Glibc
import LinuxPlatform
import Synchronization
import Testing
import VigilLab

/// The identity of a network namespace: the inode of its nsfs file (0 when it cannot be read).
private func namespaceInode(_ path: String) -> UInt {
    var info = stat()
    return stat(path, &info) == 0 ? UInt(info.st_ino) : 0
}

private func freshNamespaceName() -> String { "vg\(String(UInt32.random(in: 0..<UInt32.max), radix: 36))n" }

@Suite struct NetworkNamespaceTests {
    @Test func runningInAMissingNamespaceThrowsNamingTheOpen() {
        let name = freshNamespaceName()
        #expect {
            try NetworkNamespace.run(named: name) { true }
        } throws: { error in
            error as? SystemError == SystemError(call: "open(/run/netns/\(name))", errno: ENOENT)
        }
    }

    @Test func aThreadForAMissingNamespaceIsNeverStarted() {
        let ran = Atomic(false)
        #expect(throws: SystemError.self) {
            try NetworkNamespace.startThread(named: freshNamespaceName(), threadName: "vg-test") {
                ran.store(true, ordering: .relaxed)
            }
        }
        #expect(ran.load(ordering: .relaxed) == false)
    }
}

@Suite(.enabled(if: netnsTestsEnabled, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct NetworkNamespaceEntryTests {
    private static func withNamespace(_ body: (String) async throws -> Void) async throws {
        let name = freshNamespaceName()
        try LabShell.run("ip", "netns", "add", name)
        defer { _ = try? LabShell.run("ip", "netns", "delete", name) }
        try await body(name)
    }

    @Test func runExecutesTheBodyInsideTheNamespaceAndLeavesTheCallerOutside() async throws {
        try await Self.withNamespace { name in
            let outside = namespaceInode("/proc/thread-self/ns/net")
            let inside = try NetworkNamespace.run(named: name) { namespaceInode("/proc/thread-self/ns/net") }
            #expect(inside != 0)
            #expect(inside == namespaceInode("/run/netns/\(name)"))
            #expect(namespaceInode("/proc/thread-self/ns/net") == outside)
        }
    }

    @Test func aStartedThreadRunsInsideTheNamespace() async throws {
        try await Self.withNamespace { name in
            let seen = Mutex<UInt?>(nil)
            try NetworkNamespace.startThread(named: name, threadName: "vg-test") {
                let inode = namespaceInode("/proc/thread-self/ns/net")
                seen.withLock { $0 = inode }
            }
            let deadline = ContinuousClock.now + .seconds(5)
            while seen.withLock({ $0 }) == nil, ContinuousClock.now < deadline { await Task.yield() }
            #expect(seen.withLock { $0 } == namespaceInode("/run/netns/\(name)"))
        }
    }
}
