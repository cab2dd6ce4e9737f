/// One start or stop of a sync daemon (`EngineEffect.syncDaemon`).
public struct SyncDaemonCommand: Hashable, Sendable, CustomStringConvertible {
    public enum Action: String, Hashable, Sendable {
        case start
        case stop
    }

    public var action: Action
    public var role: SyncDaemonRole
    public var settings: SyncDaemonSettings

    public init(_ action: Action, _ role: SyncDaemonRole, _ settings: SyncDaemonSettings) {
        self.action = action
        self.role = role
        self.settings = settings
    }

    public var description: String {
        "\(action.rawValue) the IPVS \(role) sync daemon on \(settings.interface) (sync id \(settings.syncID))"
    }
}
