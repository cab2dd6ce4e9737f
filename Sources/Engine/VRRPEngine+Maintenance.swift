import NetworkPrimitives
import VRRP

extension VRRPEngine {
    /// `vigil ctl maintenance|resume`: logs the request and hands it to the instance's state machine.
    mutating func maintenance(_ name: String, _ request: VRRPMaintenance, now: MonotonicInstant) -> [EngineEffect] {
        guard let machine = router.machine(named: name) else {
            return [.log(.warning("Maintenance request for unknown instance \(name) ignored"))]
        }
        let line: LogRecord
        switch request {
        case .enter:
            line = machine.inMaintenance
                ? .info("(\(name)) already in maintenance")
                : .info("(\(name)) entering maintenance in \(machine.state) state: it will not become MASTER")
        case .leave:
            line = machine.inMaintenance
                ? .info("(\(name)) leaving maintenance: taking part in elections again")
                : .info("(\(name)) not in maintenance")
        }
        return [.log(line)] + effects(of: router.handle(.maintenance(instance: name, request), now: now))
    }
}
