import Engine
import NetworkPrimitives

/// Drives one engine: a single inbox of events, a single deadline timer, and an interpreter that
/// carries out the engine's effects on the ports (Docs/Modules/Runtime.md).
public struct Runtime: Sendable {
    /// Handles operator commands other than `.stop` (reload, dumps) with the engine in hand.
    public typealias CommandHandler<Core> =
        @Sendable (RuntimeCommand, inout Core, MonotonicInstant) async -> [EngineEffect]

    /// Post events and commands here, from any task or thread.
    public let inbox: Inbox
    private let ports: RuntimePorts

    public init(ports: RuntimePorts, inbox: Inbox = Inbox()) {
        self.ports = ports
        self.inbox = inbox
    }

    /// Starts `core`, then handles inbox events until `.stop`; returns the core after its shutdown
    /// effects have been carried out and every script it started has ended.
    public func run<Core: EventProcessor>(_ core: Core, commands: CommandHandler<Core>) async -> Core {
        var core = core
        let interpreter = EffectInterpreter(ports: ports, inbox: inbox)
        let inbox = inbox
        var timer = DeadlineTimer(clock: ports.clock) { inbox.post(.engine(.deadlineReached)) }
        let pumps = startPumps()
        await withDiscardingTaskGroup { scripts in
            await interpreter.apply(core.start(now: ports.clock.now), scripts: &scripts)
            timer.arm(core.nextDeadline)
            for await event in inbox.events {
                let (effects, isLast) = await handle(event, core: &core, timer: &timer, commands: commands)
                await interpreter.apply(effects, scripts: &scripts)
                if isLast { break }
                timer.arm(core.nextDeadline)
            }
            timer.disarm()
            for pump in pumps { pump.cancel() }
        }
        inbox.close()
        return core
    }

    private func handle<Core: EventProcessor>(
        _ event: RuntimeEvent, core: inout Core, timer: inout DeadlineTimer, commands: CommandHandler<Core>
    ) async -> (effects: [EngineEffect], isLast: Bool) {
        let now = ports.clock.now
        switch event {
        case .engine(let engineEvent):
            if engineEvent == .deadlineReached { timer.fired() }
            return (core.handle(engineEvent, now: now), false)
        case .command(.stop):
            return (core.handle(.shutdownRequested, now: now), true)
        case .command(let command):
            return (await commands(command, &core, now), false)
        }
    }

    /// Forwards what the network and the link monitor report into the inbox.
    private func startPumps() -> [Task<Void, Never>] {
        let inbox = inbox
        let network = ports.network
        let links = ports.links
        return [
            Task {
                for await packet in network.receive() { inbox.post(.engine(.packetReceived(packet))) }
            },
            Task {
                for await change in links.changes() {
                    switch change {
                    case .link(let interface, let isUp): inbox.post(.engine(.linkChanged(interface, isUp: isUp)))
                    case .addressRemoved(let interface, let address):
                        inbox.post(.engine(.addressRemoved(interface, address)))
                    }
                }
            },
        ]
    }
}
