import Daemon
import Engine
import Foundation
import Glibc
import KeepalivedConfig
import Runtime
import Synchronization
import TestSupport
import VigilLab
import Testing

private let enabled = getuid() == 0 && ProcessInfo.processInfo.environment["VIGIL_NETNS_TESTS"] == "1"

/// The checker service's log lines, for the test to wait on.
private final class ScriptTestLog: LogSink {
    private let lines = Mutex<[String]>([])

    func write(_ record: LogRecord) { lines.withLock { $0.append(record.message) } }

    func contains(_ fragment: String) -> Bool { lines.withLock { $0.contains { $0.contains(fragment) } } }

    var all: [String] { lines.withLock { $0 } }
}

/// A directory of the test's own under /tmp with the given mode, removed with everything in it.
private struct ScriptDirectory {
    let path: String

    init(mode: mode_t) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-misc-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        // chmod(2) is not subject to the umask.
        chmod(path, mode)
    }

    /// A root-owned shell script `name` (mode 0755) running `body`; returns its path.
    func script(_ name: String, _ body: String) throws -> String {
        let file = path + "/" + name
        try ("#!/bin/sh\n" + body + "\n").write(toFile: file, atomically: false, encoding: .utf8)
        chmod(file, 0o755)
        return file
    }

    func read(_ name: String) -> String? {
        (try? String(contentsOfFile: path + "/" + name, encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + name) }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// MISC_CHECK through the daemon's one script runner, in the real checker service with a real
/// backend and the nftables data plane in a network namespace: `script_user`, `enable_script_security`
/// and `misc_timeout` as keepalived applies them.
@Suite(.serialized, .enabled(if: enabled)) struct MiscCheckScriptNamespaceTests {
    private static let realServer = "[10.202.1.2]:tcp:8080"
    private static let virtualServer = "[10.202.0.100]:tcp:80"

    private static func configuration(globals: String, miscPath: String, timeout: Int = 2) -> String {
        """
        global_defs {
            \(globals)
        }
        virtual_server 10.202.0.100 80 {
            delay_loop 1
            lb_algo rr
            lb_kind NAT
            protocol TCP
            real_server 10.202.1.2 8080 {
                weight 1
                MISC_CHECK {
                    misc_path "\(miscPath)"
                    misc_timeout \(timeout)
                }
            }
        }

        """
    }

    /// Runs the checker service with `text` in a fresh lab with backend `web1` until `scenario` ends.
    private func withService(
        _ text: String, _ scenario: (DirectorLab, CheckerService, ScriptTestLog) async throws -> Void
    ) async throws {
        let lab = try DirectorLab(backendNames: ["web1"])
        defer { lab.tearDown() }
        try await lab.start("web1")
        let (ports, group) = try await CheckerServicePorts.system(networkNamespace: lab.director)
        let service = CheckerService(ports: ports)
        let log = ScriptTestLog()
        let loaded = KeepalivedConfigLoader.load(
            path: "/k.conf", options: ParseOptions(configID: "lb1"),
            fileSystem: InMemoryFileSystem(files: ["/k.conf": text]))
        #expect(!loaded.hasErrors, "\(loaded.renderedDiagnostics)")
        let options = CheckerServiceOptions(dataPlane: .nftables, seed: 7)
        let running = Task {
            await service.run(configuration: loaded.configuration, options: options, log: log)
        }
        do {
            try await scenario(lab, service, log)
        } catch {
            running.cancel()
            await running.value
            try? await group.shutdownGracefully()
            throw error
        }
        running.cancel()
        await running.value
        // A script still running has its attempt's deadline (misc_timeout) on the group's loop.
        #expect(await waitUntil(timeout: .seconds(5)) { service.activity.probesInFlight == 0 })
        try await group.shutdownGracefully()
    }

    /// The real server is out of the data plane: the service says it is dead and the VIP does not answer.
    private func realServerIsDown(_ lab: DirectorLab, _ service: CheckerService) async -> Bool {
        guard service.dataDump().contains("Real Server \(Self.realServer) weight 1 dead") else { return false }
        return await lab.requestVIP() == nil
    }

    @Test func aMiscCheckRunsAsTheGlobalScriptUser() async throws {
        let output = try ScriptDirectory(mode: 0o777)
        let scripts = try ScriptDirectory(mode: 0o755)
        defer {
            output.remove()
            scripts.remove()
        }
        let script = try scripts.script("whoami.sh", "id -u > \(output.path)/uid")
        try await withService(Self.configuration(globals: "script_user nobody", miscPath: script)) { lab, service, log async throws in
            #expect(try await lab.waitUntil(deadline: .seconds(10)) { output.read("uid") == "65534" })
            #expect(
                try await lab.waitUntil(deadline: .seconds(10)) {
                    log.contains("Misc check for [\(Self.realServer) VS \(Self.virtualServer)] by [\(script)] succeeded.")
                })
            #expect(try await lab.waitUntil(deadline: .seconds(5)) { await lab.requestVIP() == "web1" })
            #expect(output.read("uid") == "65534", "\(log.all)")
        }
    }

    @Test func anInsecureMiscCheckIsRefusedAndItsRealServerGoesDown() async throws {
        let open = try ScriptDirectory(mode: 0o777)
        defer { open.remove() }
        let script = try open.script("check.sh", "touch \(open.path)/ran")
        try await withService(Self.configuration(globals: "enable_script_security", miscPath: script)) {
            lab, service, log async throws in
            let refusal = "Unsafe permissions found for script"
            #expect(
                try await lab.waitUntil(deadline: .seconds(10)) {
                    log.contains("Misc check for [\(Self.realServer) VS \(Self.virtualServer)] by [\(script)] failed")
                        && log.contains("\(open.path) is writable by a non-root user")
                })
            #expect(log.contains(refusal), "\(log.all)")
            #expect(try await lab.waitUntil(deadline: .seconds(10)) { await realServerIsDown(lab, service) })
            // Three more checks later the script has still never run.
            let started = service.activity.probesStarted
            #expect(
                try await lab.waitUntil(deadline: .seconds(10)) {
                    let activity = service.activity
                    return activity.probesStarted >= started + 3 && activity.probesInFlight == 0
                })
            #expect(!open.exists("ran"))
            #expect(await realServerIsDown(lab, service))
        }
    }

    @Test func aHungMiscCheckIsKilledWithItsGroupAtMiscTimeout() async throws {
        let scratch = try ScriptDirectory(mode: 0o755)
        defer { scratch.remove() }
        let script = try scratch.script(
            "hang.sh", "echo $$ > \(scratch.path)/leader\nsleep 1000 &\necho $! > \(scratch.path)/child\nwait")
        try await withService(Self.configuration(globals: "", miscPath: script, timeout: 1)) { lab, service, log async throws in
            var leader: pid_t = 0
            var child: pid_t = 0
            #expect(
                try await lab.waitUntil(deadline: .seconds(10)) {
                    leader = scratch.read("leader").flatMap { pid_t($0) } ?? 0
                    child = scratch.read("child").flatMap { pid_t($0) } ?? 0
                    return leader > 0 && child > 0
                })
            #expect(
                try await lab.waitUntil(deadline: .seconds(10)) {
                    log.contains("Misc check for [\(Self.realServer) VS \(Self.virtualServer)] by [\(script)] failed")
                })
            #expect(try await lab.waitUntil(deadline: .seconds(10)) { await realServerIsDown(lab, service) })
            // misc_timeout 1 s, then SIGTERM to the group (SIGKILL 2 s later at the most).
            #expect(
                try await lab.waitUntil(deadline: .seconds(6)) {
                    kill(leader, 0) != 0 && errno == ESRCH && kill(child, 0) != 0 && errno == ESRCH
                }, "leader \(leader) or child \(child) outlived misc_timeout")
        }
        // The run in flight when the service stopped is killed at its own timeout too.
        #expect(await Self.lastRunEnded(scratch))
    }

    /// Waits until the pids the latest run wrote are gone (a run writes them as it starts, long
    /// before the service has stopped and the lab is torn down).
    private static func lastRunEnded(_ scratch: ScriptDirectory) async -> Bool {
        await waitUntil(timeout: .seconds(6)) {
            ["leader", "child"].allSatisfy { name in
                guard let pid = scratch.read(name).flatMap({ pid_t($0) }) else { return true }
                return kill(pid, 0) != 0 && errno == ESRCH
            }
        }
    }
}
