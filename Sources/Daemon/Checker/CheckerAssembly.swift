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

    /// As `assemble(_:vetting:)` with this host's script vetting (`script_user`, script security).
    public static func assemble(_ configuration: KeepalivedConfiguration) -> Result {
        assemble(configuration, vetting: .system(for: configuration))
    }

    /// Every script gets the user it runs as (its own, else the default script user, as
    /// `vrrp_script` does); notify and quorum scripts that script security refuses are left out,
    /// MISC_CHECK scripts stay and fail when the runner refuses them (the real server goes down).
    static func assemble(_ configuration: KeepalivedConfiguration, vetting: ScriptVetting) -> Result {
        var warnings: [String] = []
        var virtualServers: [CheckedVirtualServer] = []
        let trackFiles = Dictionary(
            configuration.trackFiles.map { ($0.name, $0.path) }, uniquingKeysWith: { first, _ in first })
        for virtualServer in configuration.virtualServers {
            guard let frontend = frontend(of: virtualServer, groups: configuration.virtualServerGroups) else {
                warnings.append("Virtual server group \(virtualServer.address) specified but not configured - ignoring")
                continue
            }
            virtualServers.append(
                checked(
                    virtualServer, frontend: frontend, vetting: vetting, trackFiles: trackFiles, warnings: &warnings))
        }
        let (routes, scripts) = routes(
            of: configuration, virtualServers: virtualServers, vetting: vetting, warnings: &warnings)
        return Result(
            configuration: CheckerConfiguration(
                virtualServers: virtualServers, routes: routes, routeScripts: scripts,
                notifiesInitialState: configuration.globalDefinitions.lvs.realServerInitialNotifies),
            warnings: warnings)
    }

    private static func checked(
        _ virtualServer: VirtualServer, frontend: VirtualServerDefinition.Frontend, vetting: ScriptVetting,
        trackFiles: [String: String], warnings: inout [String]
    ) -> CheckedVirtualServer {
        let definition = self.definition(of: virtualServer, frontend: frontend)
        let vs = "VS \(virtualServer.address)"
        let realServers = virtualServer.realServers.map { server in
            let rs = "RS \(server.address) port \(server.port) of \(vs)"
            return CheckedRealServer(
                address: server.address, port: server.port,
                checkers: checkerKeys(
                    of: server, in: virtualServer, vetting: vetting, trackFiles: trackFiles, warnings: &warnings),
                notifyUp: server.notifyUp.flatMap { script($0, name: "notify_up of \(rs)", vetting, &warnings) },
                notifyDown: server.notifyDown.flatMap { script($0, name: "notify_down of \(rs)", vetting, &warnings) })
        }
        return CheckedVirtualServer(
            definition: definition, realServers: realServers,
            quorumUp: virtualServer.quorumUp.flatMap { script($0, name: "quorum_up of \(vs)", vetting, &warnings) },
            quorumDown: virtualServer.quorumDown.flatMap {
                script($0, name: "quorum_down of \(vs)", vetting, &warnings)
            },
            suspendsWithoutAddress: virtualServer.haSuspend)
    }

    /// The script with the user it runs as; nil, with the reason in `warnings`, when script security
    /// refuses it.
    static func script(_ command: ScriptCommand, name: String, _ vetting: ScriptVetting, _ warnings: inout [String])
        -> CheckerScript?
    {
        let (line, notes) = vetting.vet(command, name: name)
        warnings += notes.map(\.message)
        guard let line else { return nil }
        return CheckerScript(arguments: line.arguments, user: line.user?.name, group: line.user?.group)
    }
}
