import Engine
import KeepalivedConfig
import LinuxPlatform
import NetworkPrimitives

/// Reads the configuration file and the host, and assembles them: at start and at every SIGHUP.
struct ConfigurationSource: Sendable {
    let options: DaemonOptions
    let directory: InterfaceDirectory
    let addresses: NetlinkAddressTable

    /// The outcome of one attempt: an assembly that can run, or why not (already rendered).
    enum Outcome: Sendable {
        case ready(Assembly, configuration: KeepalivedConfiguration, diagnostics: String)
        case refused(String)
    }

    func load() -> Outcome {
        let parse = ParseOptions(
            configID: options.configID ?? ShortHostname.current(), workingDirectory: options.workingDirectory)
        var result = KeepalivedConfigLoader.load(
            path: options.configurationPath, options: parse, fileSystem: PosixConfigFileSystem())
        // What the daemon would not act on is said; what it would run wrongly (AH) refuses the start.
        result.diagnostics += DaemonSupportAudit.findings(result.configuration)
        let rendered = result.renderedDiagnostics
        let configuration = result.configuration.restricted(to: options.subsystems)
        if result.diagnostics.contains(where: { $0.exitClass == .fatal }) {
            return .refused(rendered)
        }
        if configuration.vrrpInstances.isEmpty && configuration.virtualServers.isEmpty {
            return .refused("\(options.configurationPath): no vrrp_instance or virtual_server to run\n\(rendered)")
        }
        switch assemble(configuration, vips: Self.virtualAddresses(of: result.configuration)) {
        case .success(let assembly): return .ready(assembly, configuration: configuration, diagnostics: rendered)
        case .failure(let refusal): return .refused(refusal.reason)
        }
    }

    /// Why an assembly cannot run on this host, rendered.
    struct Refusal: Error {
        var reason: String
    }

    /// `configuration` (already loaded) resolved against the host as it is now: at start and reload, and
    /// (`followingInterfaces`) when an interface appears, goes or changes, which a running daemon follows.
    func assemble(
        _ configuration: KeepalivedConfiguration, vips: Set<IPAddress>? = nil, followingInterfaces: Bool = false
    ) -> Result<Assembly, Refusal> {
        let host: HostSnapshot
        do {
            host = try HostSnapshot.read(
                directory: directory, addresses: addresses, excluding: vips ?? Self.virtualAddresses(of: configuration))
        } catch {
            return .failure(Refusal(reason: "cannot read the host's interfaces: \(error)"))
        }
        let vetting = ScriptVetting.system(for: configuration)
        var assembly = EngineAssembly.assemble(
            configuration, host: host, vetting: vetting, followsMissingInterfaces: followingInterfaces,
            timeSinceBoot: SystemUptime.current())
        if !assembly.errors.isEmpty { return .failure(Refusal(reason: assembly.errors.joined(separator: "\n"))) }
        assembly.sourcePresence = sourcePresence(configuration)
        return .success(assembly)
    }

    /// `track_src_ip`: whether each configured source address an instance tracks is on the host now.
    private func sourcePresence(_ configuration: KeepalivedConfiguration) -> [IPAddress: Bool] {
        let tracked = configuration.vrrpInstances.filter(\.tracking.tracksSourceAddress).compactMap(\.transport.sourceAddress)
        guard !tracked.isEmpty else { return [:] }
        let present = Set(((try? addresses.addresses()) ?? []).compactMap(\.interfaceAddress))
        return Dictionary(tracked.map { ($0, present.contains($0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The instances' virtual addresses, which are never taken as a default advert source.
    private static func virtualAddresses(of configuration: KeepalivedConfiguration) -> Set<IPAddress> {
        Set(configuration.vrrpInstances.flatMap {
            ($0.addresses.virtualIPAddresses + $0.addresses.excludedVirtualIPAddresses).map(\.address)
        })
    }
}
