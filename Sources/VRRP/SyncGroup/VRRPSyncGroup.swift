/// The running state of one sync group: its members (router indices) and the state it last reported.
struct VRRPSyncGroup: Sendable {
    let configuration: VRRPSyncGroupConfiguration
    let members: [Int]
    var state: VRRPState = .initialize

    var name: String { configuration.name }

    /// keepalived section 3.15: FAULT if any member is; MASTER if any member is (the others follow);
    /// INIT while all are; BACKUP otherwise.
    static func aggregate(_ states: [VRRPState]) -> VRRPState {
        if states.contains(.fault) { return .fault }
        if states.contains(.master) { return .master }
        if states.allSatisfy({ $0 == .initialize }) { return .initialize }
        return .backup
    }

    /// The notify word for a group entering `state`; INIT is reported as STOP.
    static func notifyState(_ state: VRRPState) -> VRRPNotifyState {
        switch state {
        case .initialize: .stop
        case .backup: .backup
        case .master: .master
        case .fault: .fault
        }
    }
}
