import VRRP

/// Decides, as keepalived does (Docs/Keepalived.md §6.4), whether an event sends an SMTP alert and
/// builds the message. It remembers the last state mailed per instance and group, so a state is
/// announced once however often it is re-entered (keepalived's `last_email_state`).
public struct AlertPolicy: Sendable {
    public var settings: AlertSettings
    private var lastAnnounced: [Subject: VRRPNotifyState] = [:]

    private enum Subject: Hashable, Sendable {
        case instance(String)
        case group(String)
    }

    public init(settings: AlertSettings) {
        self.settings = settings
    }

    /// The decision for `event`; `date` becomes the `Date:` header.
    public mutating func decide(_ event: AlertEvent, date: MailDate) -> AlertDecision {
        if !settings.hasServer { return .suppressed(.noServer) }
        if settings.recipients.isEmpty { return .suppressed(.noRecipients) }
        switch event {
        case .instance(let name, let state, let smtpAlert):
            return vrrp(.instance(name), state: state, smtpAlert: smtpAlert, date: date)
        case .syncGroup(let name, let state, let smtpAlert):
            return vrrp(.group(name), state: state, smtpAlert: smtpAlert, date: date)
        case .realServer(let alert):
            return realServer(alert, date: date)
        case .virtualServerQuorum(let alert):
            guard alert.smtpAlert else { return .suppressed(.alertsOff) }
            let state = alert.quorumUp ? "UP" : "DOWN"
            return .send(message("Virtualserver \(alert.virtualServer) - \(state)", body: alert.body, date: date))
        }
    }

    /// Forgets what was announced for instances and groups a reload removed.
    public mutating func retain(instances: Set<String>, groups: Set<String>) {
        lastAnnounced = lastAnnounced.filter { key, _ in
            switch key {
            case .instance(let name): instances.contains(name)
            case .group(let name): groups.contains(name)
            }
        }
    }

    private mutating func vrrp(_ subject: Subject, state: VRRPNotifyState, smtpAlert: Bool, date: MailDate)
        -> AlertDecision
    {
        guard smtpAlert else { return .suppressed(.alertsOff) }
        if settings.noEmailFaults && state == .fault { return .suppressed(.faultMailsOff) }
        if lastAnnounced[subject] == state { return .suppressed(.alreadyAnnounced(state)) }
        let (kind, name, body) =
            switch subject {
            case .instance(let name): ("VRRP Instance", name, VRRPAlertWording.instanceBody(state))
            case .group(let name): ("VRRP Group", name, VRRPAlertWording.groupBody(state))
            }
        guard let words = VRRPAlertWording.subject(state), let body else { return .suppressed(.stateNotMailed(state)) }
        lastAnnounced[subject] = state
        return .send(message("\(kind) \(name) - \(words)", body: body, date: date))
    }

    private func realServer(_ alert: RealServerAlert, date: MailDate) -> AlertDecision {
        guard alert.smtpAlert else { return .suppressed(.alertsOff) }
        if settings.noCheckerEmails && alert.wasAlive == alert.isAlive { return .suppressed(.checkerMailsOff) }
        let subject =
            "Realserver \(alert.realServer) of virtual server \(alert.virtualServer) - \(alert.isAlive ? "UP" : "DOWN")"
        return .send(message(subject, body: alert.body, date: date))
    }

    private func message(_ subject: String, body: String, date: MailDate) -> AlertMessage {
        AlertMessage(
            sender: settings.sender, recipients: settings.recipients, subject: "[\(settings.routerID)] \(subject)",
            body: body, date: date, mailerName: settings.mailerName)
    }
}
