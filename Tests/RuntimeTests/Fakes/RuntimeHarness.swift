import Engine
import NetworkPrimitives
import Runtime
import TestSupport

/// A runtime over recording fakes and a manual clock, with the run loop in a task of its own.
struct RuntimeHarness {
    let journal = PortJournal()
    let clock = ManualMonotonicClock()
    let links = ScriptedLinkMonitor()
    let network: RecordingVRRPNetwork
    let runtime: RuntimeLoop<EngineEvent, EngineEffect>

    init(
        networkFailure: (any Error)? = nil, scriptOutcome: ScriptOutcome = .exited(0), grid: DeadlineGrid? = nil,
        supervisor: (any ServiceSupervisor)? = nil
    ) {
        network = RecordingVRRPNetwork(journal: journal, failure: networkFailure)
        let ports = RuntimePorts(
            network: network, addresses: RecordingAddressTable(journal: journal),
            announcer: RecordingAnnouncer(journal: journal), links: links,
            scripts: ScriptedScriptRunner(journal: journal, outcome: scriptOutcome), clock: clock,
            log: RecordingLogSink(journal: journal))
        if let supervisor {
            runtime = RuntimeLoop(ports: ports, supervisor: supervisor)
        } else if let grid {
            runtime = RuntimeLoop(interpreter: VRRPEffectInterpreter(ports: ports), clock: clock, grid: grid)
        } else {
            runtime = RuntimeLoop(ports: ports)
        }
    }

    func core() -> ScriptedCore { ScriptedCore(journal: journal) }

    /// Runs `core` until `.stop`; counts reloads through the command handler.
    func start(_ core: ScriptedCore) -> Task<ScriptedCore, Never> {
        let runtime = runtime
        return Task {
            await runtime.run(core) { command, core, _ in
                if command == .reload { core.reloads += 1 }
                return [.log(.info("command \(command)"))]
            }
        }
    }

    func stop(_ task: Task<ScriptedCore, Never>) async -> ScriptedCore {
        runtime.inbox.post(.command(.stop))
        return await task.value
    }

    /// Waits until the timer task sleeps on the manual clock, so advancing it is observed.
    func waitForTimer() async -> Bool {
        await journal.waitUntil { _ in clock.sleeperCount > 0 }
    }
}

enum Sample {
    static let vip = VirtualAddress(prefix: IPPrefix("10.99.0.100/24")!, interface: "eth0")
    static let source = IPAddress("10.99.0.2")!
    static let group = IPAddress("224.0.0.18")!

    static func transmission(_ payload: [UInt8] = [0x21, 51, 101, 1]) -> VRRPTransmission {
        VRRPTransmission(instance: "VI_1", interface: "eth0", source: source, destination: group, payload: payload)
    }

    static func packet() -> ReceivedVRRPPacket {
        ReceivedVRRPPacket(
            interface: "eth0", source: IPAddress("10.99.0.3")!, destination: group, hopLimit: 255,
            payload: [0x21, 51, 100, 1])
    }
}
