import Engine
import LoadBalancer
import Testing
import VRRP

private let date = MailDate(secondsSinceEpoch: 1_700_000_000)
private let settings = AlertSettings(
    hasServer: true, recipients: ["ops@example.com"], sender: "root@lb1", routerID: "LVS_DEVEL")

private func rs(checkerUp: Bool, wasAlive: Bool, isAlive: Bool, smtpAlert: Bool = true) -> AlertEvent {
    .realServer(
        RealServerAlert(
            realServer: "[10.0.1.1]:tcp:80", virtualServer: "[10.0.0.1]:tcp:80", checkerUp: checkerUp,
            wasAlive: wasAlive, isAlive: isAlive,
            body: RealServerAlertWording.body(.tcpConnect, up: checkerUp), smtpAlert: smtpAlert))
}

@Suite struct AlertPolicyTests {
    @Test(
        arguments: [
            (
                AlertEvent.instance(name: "VI_1", state: .master, smtpAlert: true),
                "[LVS_DEVEL] VRRP Instance VI_1 - Entering MASTER state", "=> VRRP Instance is now owning VRRP VIPs <="
            ),
            (
                .instance(name: "VI_1", state: .backup, smtpAlert: true),
                "[LVS_DEVEL] VRRP Instance VI_1 - Entering BACKUP state",
                "=> VRRP Instance is no longer owning VRRP VIPs <="
            ),
            (
                .instance(name: "VI_1", state: .fault, smtpAlert: true),
                "[LVS_DEVEL] VRRP Instance VI_1 - Entering FAULT state",
                "=> VRRP Instance is no longer owning VRRP VIPs <="
            ),
            (
                .instance(name: "VI_1", state: .stop, smtpAlert: true),
                "[LVS_DEVEL] VRRP Instance VI_1 - Stopping", "=> VRRP Instance stopping <="
            ),
            (
                .syncGroup(name: "G1", state: .master, smtpAlert: true),
                "[LVS_DEVEL] VRRP Group G1 - Entering MASTER state",
                "=> All VRRP group instances are now in MASTER state <="
            ),
            (
                .syncGroup(name: "G1", state: .stop, smtpAlert: true),
                "[LVS_DEVEL] VRRP Group G1 - Stopping", "=> All VRRP group instances are now stopping <="
            ),
            (
                rs(checkerUp: false, wasAlive: true, isAlive: false),
                "[LVS_DEVEL] Realserver [10.0.1.1]:tcp:80 of virtual server [10.0.0.1]:tcp:80 - DOWN",
                "=> TCP CHECK failed on service <="
            ),
            (
                rs(checkerUp: true, wasAlive: false, isAlive: true),
                "[LVS_DEVEL] Realserver [10.0.1.1]:tcp:80 of virtual server [10.0.0.1]:tcp:80 - UP",
                "=> TCP CHECK succeed on service <="
            ),
            (
                .virtualServerQuorum(
                    VirtualServerQuorumAlert(
                        virtualServer: "[10.0.0.1]:tcp:80", quorumUp: false,
                        policy: QuorumPolicy(quorum: 3, hysteresis: 1, totalWeight: 5), liveWeight: 1, smtpAlert: true)),
                "[LVS_DEVEL] Virtualserver [10.0.0.1]:tcp:80 - DOWN", "=> Lost quorum 3+1=2 <= 1 <="
            ),
            (
                .virtualServerQuorum(
                    VirtualServerQuorumAlert(
                        virtualServer: "[10.0.0.1]:tcp:80", quorumUp: true,
                        policy: QuorumPolicy(quorum: 3, hysteresis: 1, totalWeight: 5), liveWeight: 4, smtpAlert: true)),
                "[LVS_DEVEL] Virtualserver [10.0.0.1]:tcp:80 - UP", "=> Gained quorum 3+1=4 <= 4 <="
            ),
        ] as [(AlertEvent, String, String)])
    func eachEventIsMailedWithKeepalivedsSubjectAndBody(event: AlertEvent, subject: String, body: String) throws {
        var policy = AlertPolicy(settings: settings)
        let message = try #require(policy.decide(event, date: date).message)
        #expect(message.subject == subject)
        #expect(message.body == body)
        #expect(message.sender == "root@lb1")
        #expect(message.recipients == ["ops@example.com"])
        #expect(message.date == date)
    }

    @Test func noServerMeansNoMailAtAll() {
        var policy = AlertPolicy(settings: settings)
        policy.settings.hasServer = false
        #expect(
            policy.decide(rs(checkerUp: false, wasAlive: true, isAlive: false), date: date) == .suppressed(.noServer))
    }

    @Test func noRecipientsMeansNoMail() {
        var policy = AlertPolicy(settings: settings)
        policy.settings.recipients = []
        let event = AlertEvent.instance(name: "VI_1", state: .master, smtpAlert: true)
        #expect(policy.decide(event, date: date) == .suppressed(.noRecipients))
    }

    @Test(arguments: [
        AlertEvent.instance(name: "VI_1", state: .master, smtpAlert: false),
        .syncGroup(name: "G1", state: .master, smtpAlert: false),
        rs(checkerUp: false, wasAlive: true, isAlive: false, smtpAlert: false),
        .virtualServerQuorum(
            VirtualServerQuorumAlert(
                virtualServer: "[10.0.0.1]:tcp:80", quorumUp: false,
                policy: QuorumPolicy(totalWeight: 1), liveWeight: 0, smtpAlert: false)),
    ])
    func anObjectWithSmtpAlertOffSendsNothing(event: AlertEvent) {
        var policy = AlertPolicy(settings: settings)
        #expect(policy.decide(event, date: date) == .suppressed(.alertsOff))
    }

    @Test func noEmailFaultsSilencesFaultOnly() {
        var policy = AlertPolicy(settings: settings)
        policy.settings.noEmailFaults = true
        #expect(
            policy.decide(.instance(name: "VI_1", state: .fault, smtpAlert: true), date: date)
                == .suppressed(.faultMailsOff))
        #expect(policy.decide(.instance(name: "VI_1", state: .backup, smtpAlert: true), date: date).message != nil)
    }

    @Test func aStateIsAnnouncedOncePerInstanceUntilAnotherStateIsMailed() {
        var policy = AlertPolicy(settings: settings)
        policy.settings.noEmailFaults = true
        let decisions = [VRRPNotifyState.master, .master, .fault, .master, .backup, .master].map {
            policy.decide(.instance(name: "VI_1", state: $0, smtpAlert: true), date: date)
        }
        #expect(
            decisions.map { $0.message?.subject.hasSuffix("Entering MASTER state") ?? false }
                == [true, false, false, false, false, true])
        #expect(decisions[1] == .suppressed(.alreadyAnnounced(.master)))
        #expect(decisions[3] == .suppressed(.alreadyAnnounced(.master)))
        #expect(decisions[4].message?.subject == "[LVS_DEVEL] VRRP Instance VI_1 - Entering BACKUP state")
    }

    @Test func instancesAndGroupsOfTheSameNameAreRememberedApart() {
        var policy = AlertPolicy(settings: settings)
        #expect(policy.decide(.instance(name: "X", state: .master, smtpAlert: true), date: date).message != nil)
        #expect(policy.decide(.syncGroup(name: "X", state: .master, smtpAlert: true), date: date).message != nil)
    }

    @Test func aDeletedInstanceIsNotMailed() {
        var policy = AlertPolicy(settings: settings)
        #expect(
            policy.decide(.instance(name: "VI_1", state: .deleted, smtpAlert: true), date: date)
                == .suppressed(.stateNotMailed(.deleted)))
    }

    @Test func retainForgetsRemovedInstancesSoTheirStateIsMailedAgain() {
        var policy = AlertPolicy(settings: settings)
        let master = AlertEvent.instance(name: "VI_1", state: .master, smtpAlert: true)
        _ = policy.decide(master, date: date)
        policy.retain(instances: ["VI_1"], groups: [])
        #expect(policy.decide(master, date: date).message == nil)
        policy.retain(instances: [], groups: [])
        #expect(policy.decide(master, date: date).message != nil)
    }

    @Test(arguments: [(true, true, false), (false, true, true), (true, false, true)])
    func noCheckerEmailsMailsOnlyWhenTheRealServersHealthChanges(wasAlive: Bool, isAlive: Bool, mailed: Bool) {
        var policy = AlertPolicy(settings: settings)
        policy.settings.noCheckerEmails = true
        let decision = policy.decide(rs(checkerUp: isAlive, wasAlive: wasAlive, isAlive: isAlive), date: date)
        #expect((decision.message != nil) == mailed)
    }

    @Test func aCheckerThatRecoversWhileAnotherStillFailsMailsTheServerAsDown() throws {
        var policy = AlertPolicy(settings: settings)
        let message = try #require(
            policy.decide(rs(checkerUp: true, wasAlive: false, isAlive: false), date: date).message)
        #expect(message.subject.hasSuffix(" - DOWN"))
        #expect(message.body == "=> TCP CHECK succeed on service <=")
    }
}
