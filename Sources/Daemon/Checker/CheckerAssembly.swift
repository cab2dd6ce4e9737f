import Engine
import HealthCheck
import KeepalivedConfig
import LoadBalancer

/// Maps the validated keepalived configuration onto what the checker engine runs: each
/// `virtual_server` becomes a `VirtualServerDefinition` (inheritance already resolved by the config
/// layer) plus, per real server, its checkers as `CheckerKey`s and its notify scripts. Pure.
public enum CheckerAssembly {
    /// The engine's configuration and what Vigil leaves out, worded for the log.
    public struct Result: Hashable, Sendable {
        public var configuration: CheckerConfiguration
        public var warnings: [String]
    }

    /// `scriptUser` runs the notify and quorum scripts whose line names no `user` (the daemon's
    /// `script_user` as `ScriptIdentityPolicy` resolves it); nil runs them as the daemon's user.
    public static func assemble(_ configuration: KeepalivedConfiguration, scriptUser: ScriptUser? = nil) -> Result {
        var warnings: [String] = []
        var virtualServers: [CheckedVirtualServer] = []
        for virtualServer in configuration.virtualServers {
            guard let frontend = frontend(of: virtualServer, groups: configuration.virtualServerGroups) else {
                warnings.append("Virtual server group \(virtualServer.address) specified but not configured - ignoring")
                continue
            }
            if virtualServer.haSuspend {
                warnings.append("VS \(virtualServer.address): ha_suspend is not supported; its checkers always run")
            }
            virtualServers.append(
                checked(virtualServer, frontend: frontend, scriptUser: scriptUser, warnings: &warnings))
        }
        return Result(configuration: CheckerConfiguration(virtualServers: virtualServers), warnings: warnings)
    }

    private static func checked(
        _ virtualServer: VirtualServer, frontend: VirtualServerDefinition.Frontend, scriptUser: ScriptUser?,
        warnings: inout [String]
    ) -> CheckedVirtualServer {
        let script = { (command: ScriptCommand) in Self.script(command, defaultUser: scriptUser) }
        let definition = self.definition(of: virtualServer, frontend: frontend)
        let realServers = virtualServer.realServers.map { server in
            CheckedRealServer(
                address: server.address, port: server.port,
                checkers: checkerKeys(of: server, in: virtualServer, warnings: &warnings),
                notifyUp: server.notifyUp.map(script), notifyDown: server.notifyDown.map(script))
        }
        return CheckedVirtualServer(
            definition: definition, realServers: realServers, quorumUp: virtualServer.quorumUp.map(script),
            quorumDown: virtualServer.quorumDown.map(script))
    }

    static func script(_ command: ScriptCommand, defaultUser: ScriptUser?) -> CheckerScript {
        guard command.user == nil, let defaultUser else {
            return CheckerScript(arguments: command.arguments, user: command.user, group: command.group)
        }
        return CheckerScript(arguments: command.arguments, user: defaultUser.name, group: defaultUser.group)
    }
}
