import NetworkPrimitives
import Runtime
import Synchronization

/// The `RouteAnnouncer` on BIRD 2 (BGP mode, `vigil_bgp`): each change rewrites the routes file that
/// bird.conf includes (two static protocols, `vigil4` and `vigil6`, holding the announced prefixes)
/// and has BIRD reload its configuration through its control socket (`birdc -s SOCKET configure`),
/// which reconfigures only what changed. The newest set wins; a failed attempt (BIRD not yet up, a
/// configuration error) is logged and retried after `retryDelay`. Docs/ScaleOut-BGP.md.
public final class BIRDRouteAnnouncer: RouteAnnouncer {
    struct State: Sendable {
        var desired: [IPPrefix] = []
        var applied: [IPPrefix]?
        var isWorking = false
        var lastFailure: String?
    }

    let birdc: String
    let controlSocket: String
    let routesFile: String
    let log: any LogSink
    let retryDelay: Duration
    let state = Mutex(State())
    /// Held while the file is rewritten and BIRD reloads it, so attempts never interleave.
    let applying = Mutex(())

    /// `birdc` is run as `birdc -s controlSocket configure` after each rewrite of `routesFile`.
    public init(
        birdc: String, controlSocket: String, routesFile: String, log: any LogSink, retryDelay: Duration = .seconds(1)
    ) {
        self.birdc = birdc
        self.controlSocket = controlSocket
        self.routesFile = routesFile
        self.log = log
        self.retryDelay = retryDelay
    }

    public func announce(_ prefixes: [IPPrefix]) {
        let starts = state.withLock { state in
            state.desired = prefixes
            guard !state.isWorking else { return false }
            state.isWorking = true
            return true
        }
        guard starts else { return }
        Task.detached { await self.work() }
    }

    public func withdrawAll() async {
        state.withLock { $0.desired = [] }
        if case .failure(let reason) = applyLatest() {
            log.write(.warning("vigil_bgp: cannot withdraw the announced routes: \(reason)"))
        }
    }

    /// Applies the newest set until BIRD holds it.
    private func work() async {
        while true {
            let done = state.withLock { state in
                if state.desired == state.applied { state.isWorking = false }
                return !state.isWorking
            }
            if done { return }
            switch applyLatest() {
            case .success: continue
            case .failure(let reason):
                let repeated = state.withLock { state in
                    defer { state.lastFailure = reason }
                    return state.lastFailure == reason
                }
                if !repeated { log.write(.warning("vigil_bgp: BIRD did not take the routes (retrying): \(reason)")) }
                try? await Task.sleep(for: retryDelay)
            }
        }
    }

    enum Attempt {
        case success
        case failure(String)
    }

    /// Writes the newest set and reloads BIRD; records it as applied when BIRD took it.
    private func applyLatest() -> Attempt {
        applying.withLock { _ in
            let target = state.withLock { $0.desired }
            let temporary = routesFile + ".vigil-new"
            do {
                try TextFile.write(Self.routesFileText(target), to: temporary)
                try System.rename(temporary, to: routesFile)
            } catch {
                return .failure("\(error)")
            }
            let command = ChildCommand(executable: birdc, arguments: [birdc, "-s", controlSocket, "configure"])
            let output: CapturedOutput
            do {
                output = try ChildProcess.run(command, mergingStandardError: true, timeout: .seconds(10))
            } catch {
                return .failure("\(birdc): \(error)")
            }
            let text = String(decoding: output.standardOutput, as: UTF8.self)
            guard output.status == .exited(0), Self.reconfigured(text) else {
                return .failure("\(birdc) configure: \(text.split(separator: "\n").suffix(2).joined(separator: " "))")
            }
            state.withLock { state in
                state.applied = target
                state.lastFailure = nil
            }
            return .success
        }
    }

    /// BIRD's replies to `configure` that mean the new configuration is (being) used.
    static func reconfigured(_ reply: String) -> Bool {
        reply.contains("Reconfigured") || reply.contains("Reconfiguration in progress")
    }

    /// The routes file: a static protocol per family with one blackhole route per announced prefix
    /// (the director's own address on lo or a dummy interface takes the traffic; the route only
    /// carries the prefix into BGP, whose export sets the next hop).
    public static func routesFileText(_ prefixes: [IPPrefix]) -> String {
        var text = "# Written by vigil (vigil_bgp): the prefixes this director announces while healthy.\n"
        text += "# vigil rewrites this file and reloads BIRD; do not edit.\n"
        for (name, family, channel) in [("vigil4", AddressFamily.inet, "ipv4"), ("vigil6", .inet6, "ipv6")] {
            text += "protocol static \(name) {\n\t\(channel);\n"
            for prefix in prefixes where prefix.family == family {
                text += "\troute \(prefix) blackhole;\n"
            }
            text += "}\n"
        }
        return text
    }

}
