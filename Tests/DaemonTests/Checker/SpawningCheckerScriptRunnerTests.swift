import Daemon
import Engine
import LoadBalancer
import Testing

@Suite struct SpawningCheckerScriptRunnerTests {
    private static let purpose = CheckerScriptPurpose.quorumUp(VirtualServerID("[10.0.0.1]:tcp:80"))

    private static func run(_ arguments: [String]) async -> String? {
        await SpawningCheckerScriptRunner().run(CheckerScript(arguments: arguments), purpose: purpose)
    }

    @Test func aScriptThatSucceedsHasNothingToSay() async {
        #expect(await Self.run(["/bin/sh", "-c", "exit 0"]) == nil)
    }

    @Test func aFailingScriptIsReportedWithItsStatus() async {
        #expect(await Self.run(["/bin/sh", "-c", "exit 3"]) == "\(Self.purpose) script /bin/sh -c exit 3 exited with status 3")
    }

    @Test func aScriptThatCannotStartIsReported() async {
        let line = await Self.run(["/nonexistent/notify"])
        #expect(line?.hasPrefix("cannot run \(Self.purpose) script /nonexistent/notify: posix_spawn:") == true)
    }

    @Test func anEmptyScriptIsReported() async {
        #expect(await Self.run([]) == "quorum_up script is empty")
    }
}
