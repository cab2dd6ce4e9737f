import Daemon
import Engine
import LoadBalancer
import NetworkPrimitives
import Runtime
import Synchronization
import TestSupport
import Testing

/// `CheckerServicePorts.system()`: the checker loop, its timer and its probes on the stream
/// reactor's thread, against real listeners; the data plane and scripts elsewhere.
@Suite(.serialized) struct CheckerServicePortsTests {
    /// Who did what on which thread.
    final class ThreadJournal: Sendable {
        private let entries = Mutex<[(what: String, thread: String)]>([])
        func record(_ what: String) { entries.withLock { $0.append((what, currentThreadName())) } }
        func threads(where matches: (String) -> Bool) -> [String] {
            entries.withLock { $0.filter { matches($0.what) }.map(\.thread) }
        }
    }

    /// A recording data plane that notes the thread of every apply.
    final class NotingDataPlane: DataPlane {
        let recording = RecordingDataPlane()
        let journal: ThreadJournal
        var name: String { recording.name }
        init(journal: ThreadJournal) { self.journal = journal }
        func apply(_ table: VirtualServerTable) async throws -> [String] {
            journal.record("apply")
            return try await recording.apply(table)
        }
        func release() async throws { try await recording.release() }
    }

    /// A script runner that notes the thread of every run.
    final class NotingScripts: ScriptRunner {
        let journal: ThreadJournal
        init(journal: ThreadJournal) { self.journal = journal }
        func run(_ request: ScriptRequest) async -> ScriptOutcome {
            journal.record("script")
            return .exited(0)
        }
    }

    /// A log that notes the thread of every line.
    struct NotingLog: LogSink {
        let journal: ThreadJournal
        func write(_ record: LogRecord) { journal.record(record.message) }
    }

    private static func configuration(ports: [Int]) -> String {
        let servers = ports.map { port in
            """
                real_server 127.0.0.1 \(port) {
                    notify_down "/bin/true down"
                    TCP_CHECK {
                        connect_timeout 1
                        retry 0
                        warmup 0
                    }
                }
            """
        }
        return """
            virtual_server 10.0.0.100 80 {
                delay_loop 1
                lb_algo rr
                lb_kind NAT
                protocol TCP
            \(servers.joined(separator: "\n"))
            }

            """
    }

    @Test func aListenerThatGoesAwayIsReportedDownByTheLoopOnTheReactorThread() async throws {
        let staying = try LoopbackListener()
        let leaving = try LoopbackListener()
        defer { staying.close() }
        let journal = ThreadJournal()
        let dataPlane = NotingDataPlane(journal: journal)
        var ports = CheckerServicePorts.system()
        #expect(ports.executor != nil)
        ports.scripts = NotingScripts(journal: journal)
        ports.probeIPVS = { .unavailable(reason: "not in this test") }
        ports.makeNFTables = { _ in dataPlane }
        let service = CheckerService(ports: ports)
        let configuration = CheckerConfigText.load(Self.configuration(ports: [staying.port, leaving.port])).configuration
        let task = Task {
            await service.run(
                configuration: configuration, options: CheckerServiceOptions(seed: 1), log: NotingLog(journal: journal))
        }
        let service80 = ServiceKey.endpoint(address: IPAddress("10.0.0.100") ?? .v4(IPv4Address(0)), port: 80, protocol: .tcp)
        let staysUp = "127.0.0.1:\(staying.port)=1"
        let leavingUp = "TCP connection to [127.0.0.1]:tcp:\(leaving.port) success."
        #expect(await waitUntil(timeout: .seconds(60)) { !journal.threads(where: { $0 == leavingUp }).isEmpty })
        leaving.close()
        #expect(await waitUntil(timeout: .seconds(60)) { dataPlane.recording.pool(service80) == [staysUp] })
        #expect(await waitUntil(timeout: .seconds(60)) { !journal.threads(where: { $0 == "script" }).isEmpty })
        task.cancel()
        await task.value
        #expect(dataPlane.recording.released)

        let removal = "Removing service [127.0.0.1]:tcp:\(leaving.port) from VS [10.0.0.100]:tcp:80"
        let loopLines = journal.threads(where: { $0 == leavingUp || $0 == removal || $0.hasPrefix("TCP_CHECK on service") })
        #expect(loopLines.count >= 3)
        #expect(loopLines.allSatisfy { $0 == "vigil-probes" })
        #expect(!journal.threads(where: { $0 == "apply" || $0 == "script" }).contains("vigil-probes"))
    }
}
