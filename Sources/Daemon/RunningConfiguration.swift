import KeepalivedConfig
import Synchronization

/// The configuration the daemon runs now, shared by the command handler (which replaces it at a
/// reload) and whoever resolves it against the host again when interfaces change.
final class RunningConfiguration: Sendable {
    private let current: Mutex<KeepalivedConfiguration>

    /// Starts with the configuration loaded at start.
    init(_ configuration: KeepalivedConfiguration) {
        current = Mutex(configuration)
    }

    /// The configuration in force.
    var configuration: KeepalivedConfiguration { current.withLock { $0 } }

    /// A reload was applied: `configuration` is in force from now.
    func replace(_ configuration: KeepalivedConfiguration) {
        current.withLock { $0 = configuration }
    }
}
