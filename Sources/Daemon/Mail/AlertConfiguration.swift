import Engine
import KeepalivedConfig
import LinuxPlatform
import LoadBalancer

/// What alerting needs from keepalived.conf, with keepalived's defaults filled in: the policy's
/// settings, the mailer's server, and every object's resolved `smtp_alert` (Docs/Keepalived.md §6.4).
public struct AlertConfiguration: Hashable, Sendable {
    public var settings: AlertSettings
    /// nil without `smtp_server`.
    public var mailer: SMTPMailerConfiguration?
    public var instances: [String: Bool]
    public var syncGroups: [String: Bool]
    public var checkers: CheckerAlertSwitches

    public init(_ configuration: KeepalivedConfiguration, identity: LocalMailIdentity) {
        let globals = configuration.globalDefinitions
        let email = globals.email
        settings = AlertSettings(
            hasServer: email.server != nil, recipients: email.recipients,
            sender: email.sender ?? "\(identity.userName)@\(identity.hostname)",
            routerID: globals.routerID ?? identity.hostname, noEmailFaults: email.noEmailFaults,
            noCheckerEmails: email.noCheckerEmails)
        mailer = email.server.map {
            SMTPMailerConfiguration(
                host: $0.host, port: Int($0.port), heloName: email.heloName ?? identity.hostname,
                timeout: email.connectTimeout)
        }
        instances = Dictionary(configuration.vrrpInstances.map { ($0.name, $0.smtpAlert) }) { first, _ in first }
        let groupDefault = email.alertVRRP ?? email.alert ?? false
        syncGroups = Dictionary(configuration.vrrpSyncGroups.map { ($0.name, $0.smtpAlert ?? groupDefault) }) {
            first, _ in first
        }
        checkers = Self.checkerSwitches(configuration)
    }

    private static func checkerSwitches(_ configuration: KeepalivedConfiguration) -> CheckerAlertSwitches {
        var switches = CheckerAlertSwitches()
        for virtualServer in configuration.virtualServers {
            guard
                let frontend = CheckerAssembly.frontend(
                    of: virtualServer, groups: configuration.virtualServerGroups)
            else { continue }
            let definition = CheckerAssembly.definition(of: virtualServer, frontend: frontend)
            if virtualServer.smtpAlert { switches.alertingVirtualServers.insert(definition.id) }
            for server in virtualServer.realServers where !server.smtpAlert {
                switches.silentRealServers.insert(
                    RealServerID(virtualServer: definition.id, address: server.address, port: server.port))
            }
        }
        return switches
    }
}
