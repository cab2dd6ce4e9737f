import VRRP

/// keepalived's subjects and bodies for VRRP alerts (its `vrrp_notify.c`), keyed by state; nil for
/// the states it does not mail.
public enum VRRPAlertWording {
    /// `Entering MASTER state`, …, `Stopping`.
    public static func subject(_ state: VRRPNotifyState) -> String? {
        switch state {
        case .master: "Entering MASTER state"
        case .backup: "Entering BACKUP state"
        case .fault: "Entering FAULT state"
        case .stop: "Stopping"
        case .deleted: nil
        }
    }

    public static func instanceBody(_ state: VRRPNotifyState) -> String? {
        switch state {
        case .master: "=> VRRP Instance is now owning VRRP VIPs <="
        case .backup, .fault: "=> VRRP Instance is no longer owning VRRP VIPs <="
        case .stop: "=> VRRP Instance stopping <="
        case .deleted: nil
        }
    }

    public static func groupBody(_ state: VRRPNotifyState) -> String? {
        switch state {
        case .master: "=> All VRRP group instances are now in MASTER state <="
        case .backup: "=> All VRRP group instances are now in BACKUP state <="
        case .fault: "=> All VRRP group instances are now in FAULT state <="
        case .stop: "=> All VRRP group instances are now stopping <="
        case .deleted: nil
        }
    }
}
