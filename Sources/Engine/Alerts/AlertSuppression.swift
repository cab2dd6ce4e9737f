import VRRP

/// Why an event sends no mail; the shell may log it at debug level.
public enum AlertSuppression: Hashable, Sendable {
    /// No `smtp_server`: keepalived sends no mail at all.
    case noServer
    /// `notification_email` is empty.
    case noRecipients
    /// The object's `smtp_alert` is off.
    case alertsOff
    /// `no_email_faults` and the state is FAULT.
    case faultMailsOff
    /// The last mail for this instance or group already announced this state.
    case alreadyAnnounced(VRRPNotifyState)
    /// keepalived mails only MASTER, BACKUP, FAULT and STOP.
    case stateNotMailed(VRRPNotifyState)
    /// `no_checker_emails` and the real server's health did not change.
    case checkerMailsOff
}
