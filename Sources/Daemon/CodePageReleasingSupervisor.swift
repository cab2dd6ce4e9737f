import LinuxPlatform
import Runtime

/// The VRRP loop's service supervisor, which also lets go of the start-up code a few seconds after
/// the loop has started (`CodePages.release`, Docs/Modules/LinuxPlatform.md): by then both engines
/// have applied their first configuration, and what they run from then on maps back in at once.
struct CodePageReleasingSupervisor: ServiceSupervisor {
    let supervisor: any ServiceSupervisor
    /// How long after the loop's start; the checker side starts beside the VRRP loop.
    let delay: Duration

    var keepAliveInterval: Duration? { supervisor.keepAliveInterval }

    func loopStarted() {
        supervisor.loopStarted()
        let delay = delay
        Task.detached(priority: .background) {
            try? await Task.sleep(for: delay)
            CodePages.release()
        }
    }

    func loopAlive() { supervisor.loopAlive() }

    func loopStopping() { supervisor.loopStopping() }
}
