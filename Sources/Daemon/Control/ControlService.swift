import Engine
import LinuxPlatform
import Runtime
import VRRP

/// Carries out `vigil ctl` commands for the status server: checks that the asker is root, logs who
/// asked, and posts the request to the loop that owns it (the VRRP loop for maintenance and reload,
/// the checker loop for drains). The engines do the work as their own inputs; the answer says what
/// was asked, and `vigil status` or `--watch` show what followed.
public final class ControlService: Sendable {
    private let vrrp: Inbox<EngineEvent>
    private let checkers: CheckerService?
    private let instanceNames: @Sendable () -> [String]
    private let log: any LogSink
    /// The transitions `vigil status --watch` streams.
    public let feed: TransitionFeed

    /// `instanceNames` lists the running instances (the status board's), to refuse unknown names.
    public init(
        vrrp: Inbox<EngineEvent>, checkers: CheckerService?, instanceNames: @escaping @Sendable () -> [String],
        feed: TransitionFeed, log: any LogSink
    ) {
        self.vrrp = vrrp
        self.checkers = checkers
        self.instanceNames = instanceNames
        self.feed = feed
        self.log = log
    }

    /// The answer to `command` from `peer`; only root is obeyed.
    func perform(_ command: ControlCommand, by peer: PeerCredentials) -> StatusResponse {
        guard peer.isRoot else {
            log.write(.warning("Control: refused '\(command)' from \(peer): only root may"))
            return .text(403, "Forbidden", "control commands are root's only (you are uid \(peer.userID))")
        }
        let answer = carryOut(command)
        if answer.code == 200 {
            log.write(.info("Control: '\(command)' requested by \(peer)"))
        } else {
            log.write(.warning("Control: '\(command)' from \(peer) refused: \(String(decoding: answer.body, as: UTF8.self))"))
        }
        return answer
    }

    private func carryOut(_ command: ControlCommand) -> StatusResponse {
        switch command {
        case .reload:
            vrrp.post(.command(.reload))
            return .text(200, "OK", "reload requested (as SIGHUP); the daemon's log says how it went")
        case .maintenance(let instance):
            guard instanceNames().contains(instance) else { return unknownInstance(instance) }
            vrrp.post(.engine(.maintenanceRequested(instance: instance, .enter(.makeBeforeBreak))))
            return .text(
                200, "OK",
                "\(instance): maintenance; a MASTER hands over (priority 0, its VIPs kept until the backup has "
                    + "taken over), and it stays BACKUP until "
                    + "'vigil ctl resume \(instance)'")
        case .resume(let instance):
            guard instanceNames().contains(instance) else { return unknownInstance(instance) }
            vrrp.post(.engine(.maintenanceRequested(instance: instance, .leave)))
            return .text(200, "OK", "\(instance): resumed; it takes part in elections again")
        case .drain(let selector):
            return drain(selector, isDrained: true)
        case .undrain(let selector):
            return drain(selector, isDrained: false)
        }
    }

    private func drain(_ selector: RealServerSelector, isDrained: Bool) -> StatusResponse {
        guard let checkers, checkers.hasStarted else {
            return .text(409, "Conflict", "this configuration has no virtual servers")
        }
        let matches = selector.matches(in: checkers.snapshot().virtualServers.map(\.definition))
        guard !matches.isEmpty else {
            return .text(
                404, "Not Found",
                "no real server \(selector.description.split(separator: " ").last ?? "") in a virtual server on "
                    + "\(selector.description.split(separator: " ").first ?? "")")
        }
        checkers.post(.drainRequested(selector, isDrained: isDrained))
        let names = matches.map { "\($0)" }.joined(separator: ", ")
        return .text(
            200, "OK",
            isDrained
                ? "draining \(names): weight 0 while established connections finish, until undrained"
                : "undraining \(names): back to its weight")
    }

    private func unknownInstance(_ name: String) -> StatusResponse {
        let known = instanceNames()
        return .text(
            404, "Not Found",
            "no vrrp_instance \(name)" + (known.isEmpty ? "" : " (running: \(known.joined(separator: ", ")))"))
    }
}
