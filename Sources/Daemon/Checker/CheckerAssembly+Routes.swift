import Engine
import KeepalivedConfig
import LoadBalancer
import NetworkPrimitives

extension CheckerAssembly {
    /// The `vigil_bgp` announcements as the engine's routes: each tracks the virtual servers whose
    /// address (every address of a group) lies in its prefix, and its `track_script`s that survived
    /// vetting; a script that script security refuses keeps its route withdrawn (it never passes).
    static func routes(
        of configuration: KeepalivedConfiguration, virtualServers: [CheckedVirtualServer], vetting: ScriptVetting,
        warnings: inout [String]
    ) -> (routes: [AnnouncedRoute], scripts: [CheckScript]) {
        guard let bgp = configuration.bgp else { return ([], []) }
        var scripts: [String: CheckScript] = [:]
        var routes: [AnnouncedRoute] = []
        for announcement in bgp.announcements {
            let tracked = virtualServers.filter { virtualServer in
                let addresses = virtualServer.definition.serviceKeys.compactMap { key -> IPAddress? in
                    switch key {
                    case .endpoint(let address, _, _): address
                    case .fwmark: nil
                    }
                }
                return !addresses.isEmpty && addresses.allSatisfy { announcement.prefix.contains($0) }
            }
            if tracked.isEmpty && announcement.trackScripts.isEmpty {
                warnings.append("vigil_bgp: announce \(announcement.prefix) tracks no virtual server and no script")
            }
            for name in announcement.trackScripts.map(\.name) where scripts[name] == nil {
                guard let script = configuration.vrrpScript(named: name) else { continue }
                let (checkScript, notes) = vetting.checkScript(script)
                warnings += notes.map(\.message)
                scripts[name] = checkScript
            }
            routes.append(
                AnnouncedRoute(
                    prefix: announcement.prefix, virtualServers: tracked.map(\.id),
                    scripts: announcement.trackScripts.map(\.name)))
        }
        return (routes, scripts.values.sorted { $0.name < $1.name })
    }
}
