import Engine
import NetworkPrimitives

/// Drives one pure core (`VRRPEngine`, `CheckerEngine`, or anything else that is an
/// `EventProcessor`): a single inbox of events, a single deadline timer, and an effect interpreter
/// that carries out the core's effects on the ports (Docs/Modules/Runtime.md).
public struct RuntimeLoop<Event: Hashable & Sendable, Effect: Sendable>: Sendable {
    /// Handles operator commands other than `.stop` (reload, dumps) with the core in hand.
    public typealias CommandHandler<Core> = @Sendable (RuntimeCommand, inout Core, MonotonicInstant) async -> [Effect]

    /// Post events and commands here, from any task or thread.
    public let inbox: Inbox<Event>
    private let interpreter: any EffectInterpreter<Event, Effect>
    private let clock: any MonotonicClock
    private let executor: (any TaskExecutor)?
    private let grid: DeadlineGrid?
    private let supervisor: (any ServiceSupervisor)?

    /// A loop that carries out effects with `interpreter` and takes time from `clock`. The loop and its
    /// timer run on `executor` when given (the checker's probe reactor), else on the global executor;
    /// `grid` rounds every deadline up to its marks, so nearby deadlines share one wake-up. `supervisor`
    /// hears when the core has started, when the loop stops, and, every `keepAliveInterval`, that the
    /// loop itself took a keep-alive input (systemd's readiness and watchdog).
    public init(
        interpreter: any EffectInterpreter<Event, Effect>, clock: any MonotonicClock,
        executor: (any TaskExecutor)? = nil, grid: DeadlineGrid? = nil, inbox: Inbox<Event> = Inbox(),
        supervisor: (any ServiceSupervisor)? = nil
    ) {
        self.interpreter = interpreter
        self.clock = clock
        self.executor = executor
        self.grid = grid
        self.inbox = inbox
        self.supervisor = supervisor
    }

    /// Starts `core`, then handles inbox events until `.stop` and the core `hasStopped` (or until the
    /// calling task is cancelled); returns the core after its last effects have been carried out, the interpreter's
    /// background work has ended and every script it started has ended.
    public func run<Core: EventProcessor>(
        _ core: Core, commands: CommandHandler<Core> = { _, _, _ in [] }
    ) async -> Core where Core.Event == Event, Core.Effect == Effect {
        await withTaskExecutorPreference(executor) { await loop(core, commands: commands) }
    }

    private func loop<Core: EventProcessor>(_ core: Core, commands: CommandHandler<Core>) async -> Core
    where Core.Event == Event, Core.Effect == Effect {
        var core = core
        let inbox = inbox
        let interpreter = interpreter
        var timer = DeadlineTimer(clock: clock, executor: executor) {
            inbox.post(.engine(Core.deadlineReached), lane: .own)
        }
        // Pumps and hand-offs may block a thread: never on the loop's executor.
        let beside = Task(executorPreference: globalConcurrentExecutor) { await interpreter.serve(inbox) }
        let keepAlive = KeepAliveTicker(supervisor: supervisor, clock: clock, inbox: inbox)
        await withDiscardingTaskGroup { tasks in
            await interpreter.apply(core.start(now: clock.now), inbox: inbox, tasks: &tasks)
            keepAlive.start()
            supervisor?.loopStarted()
            timer.arm(deadline(of: core))
            // After `.stop`, a core that has not finished stopping (a master waiting for its successor,
            // Docs/Handover.md) keeps getting events and deadlines until it has.
            var stopping = false
            // One list of effects for the loop's life: each step appends to it, the interpreter reads
            // it in place, and emptying it keeps its storage, so a step allocates no list.
            var effects: [Effect] = []
            while let event = await inbox.next() {
                if case .keepAlive = event {
                    keepAlive.taken()
                    inbox.counters.inputHandled()
                    continue
                }
                if case .command(.stop) = event, !stopping {
                    stopping = true
                    keepAlive.stop()
                    supervisor?.loopStopping()
                }
                await handle(event, core: &core, timer: &timer, stopping: stopping, commands: commands, into: &effects)
                await interpreter.apply(effects, inbox: inbox, tasks: &tasks)
                effects.removeAll(keepingCapacity: true)
                inbox.counters.inputHandled()
                if stopping && core.hasStopped { break }
                timer.arm(deadline(of: core))
            }
            timer.disarm()
            keepAlive.stop()
            beside.cancel()
            await beside.value
        }
        inbox.close()
        return core
    }

    private func deadline<Core: EventProcessor>(of core: Core) -> MonotonicInstant? {
        guard let deadline = core.nextDeadline else { return nil }
        return grid?.coalesced(deadline) ?? deadline
    }

    private func handle<Core: EventProcessor>(
        _ event: RuntimeEvent<Event>, core: inout Core, timer: inout DeadlineTimer, stopping: Bool,
        commands: CommandHandler<Core>, into effects: inout [Effect]
    ) async where Core.Event == Event, Core.Effect == Effect {
        let now = clock.now
        switch event {
        case .engine(let coreEvent):
            if coreEvent == Core.deadlineReached { timer.fired() }
            core.handle(coreEvent, now: now, into: &effects)
        case .batch:
            // One input for however many events arrived since the loop last looked.
            for coreEvent in inbox.takeBatch() { core.handle(coreEvent, now: now, into: &effects) }
        case .command(.stop):
            // A second stop while the core finishes stopping is the core's to interpret (the VRRP
            // engine releases at once).
            effects.append(contentsOf: core.stop(now: now))
        case .command(.reload) where stopping:
            // A stopping core is not reconfigured.
            return
        case .command(.interfacesChanged) where stopping:
            return
        case .command(let command):
            effects.append(contentsOf: await commands(command, &core, now))
        case .keepAlive:
            // Taken by the loop itself before it gets here.
            return
        }
    }
}
