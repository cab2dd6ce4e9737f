import Engine
import Foundation
import LinuxPlatform
import Runtime
import Synchronization
import Testing
import VRRP

@testable import Daemon

/// Collects what the control side logs.
private final class Lines: LogSink {
    private let lines = Mutex<[String]>([])
    func write(_ record: LogRecord) { lines.withLock { $0.append(record.message) } }
    var all: [String] { lines.withLock { $0 } }
}

private func service(_ inbox: Inbox<EngineEvent>, log: Lines, feed: TransitionFeed = TransitionFeed()) -> ControlService {
    ControlService(vrrp: inbox, checkers: nil, instanceNames: { ["VI_1"] }, feed: feed, log: log)
}

private let root = PeerCredentials(processID: 4242, userID: 0, groupID: 0)

@Suite(.timeLimit(.minutes(1))) struct ControlServiceTests {
    @Test(arguments: [
        ControlCommand.reload, .maintenance(instance: "VI 1/x"), .resume(instance: "VI_1"),
        try #require(ControlCommand.drain(virtualServer: "10.0.0.1:80", realServer: "192.168.1.10:8080", drained: true)),
        try #require(ControlCommand.drain(virtualServer: "[fd00::1]:80", realServer: "[fd00::2]:80", drained: false)),
    ])
    func everyCommandSurvivesItsRequestPath(command: ControlCommand) {
        #expect(ControlCommand(path: command.target) == command)
        #expect(ControlRoute(head: "POST \(command.target) HTTP/1.0\r\n\r\n") == .command(command))
    }

    @Test func routesOtherThanControlGoOnAndWrongMethodsAreRefused() {
        #expect(ControlRoute(head: "GET /status HTTP/1.0\r\n\r\n") == .notControl)
        #expect(ControlRoute(head: "GET /watch HTTP/1.0\r\n\r\n") == .watch)
        #expect(ControlRoute(head: "GET /control/reload HTTP/1.0\r\n\r\n").isRefused(405))
        #expect(ControlRoute(head: "POST /control/drain/10.0.0.1:80 HTTP/1.0\r\n\r\n").isRefused(400))
        #expect(ControlRoute(head: "POST /control/explode HTTP/1.0\r\n\r\n").isRefused(400))
    }

    @Test func anyoneButRootIsRefusedAndLogged() {
        let log = Lines()
        let inbox = Inbox<EngineEvent>()
        let answer = service(inbox, log: log).perform(
            .maintenance(instance: "VI_1"), by: PeerCredentials(processID: 99, userID: 1000, groupID: 1000))
        #expect(answer.code == 403)
        #expect(log.all == ["Control: refused 'maintenance VI_1' from uid 1000 pid 99: only root may"])
        #expect(inbox.activity.inputsPosted == 0)
    }

    @Test func maintenanceReachesTheVRRPLoopAndTheLogNamesTheAsker() async {
        let log = Lines()
        let inbox = Inbox<EngineEvent>()
        let answer = service(inbox, log: log).perform(.maintenance(instance: "VI_1"), by: root)
        #expect(answer.code == 200)
        #expect(log.all == ["Control: 'maintenance VI_1' requested by uid 0 pid 4242"])
        var events = inbox.events.makeAsyncIterator()
        #expect(await events.next() == .engine(.maintenanceRequested(instance: "VI_1", .enter(.makeBeforeBreak))))
    }

    @Test func reloadIsTheSIGHUPCommand() async {
        let inbox = Inbox<EngineEvent>()
        #expect(service(inbox, log: Lines()).perform(.reload, by: root).code == 200)
        var events = inbox.events.makeAsyncIterator()
        #expect(await events.next() == .command(.reload))
    }

    @Test func unknownInstancesAndDrainsWithoutVirtualServersAreRefused() throws {
        let log = Lines()
        let inbox = Inbox<EngineEvent>()
        let control = service(inbox, log: log)
        let unknown = control.perform(.resume(instance: "VI_9"), by: root)
        #expect(unknown.code == 404)
        #expect(String(decoding: unknown.body, as: UTF8.self) == "no vrrp_instance VI_9 (running: VI_1)\n")
        let drain = try #require(
            ControlCommand.drain(virtualServer: "10.0.0.1:80", realServer: "10.0.0.2:80", drained: true))
        #expect(control.perform(drain, by: root).code == 409)
        #expect(inbox.activity.inputsPosted == 0)
        #expect(log.all.allSatisfy { $0.hasPrefix("Control: '") && $0.contains(" refused: ") })
    }
}

extension ControlRoute {
    fileprivate func isRefused(_ code: Int) -> Bool {
        if case .refused(let refusedCode, _, _) = self { return refusedCode == code }
        return false
    }
}
