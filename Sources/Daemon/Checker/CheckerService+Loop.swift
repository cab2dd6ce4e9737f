import Engine
import HealthCheck
import NetworkPrimitives
import Runtime

extension CheckerService {
    /// The loop: one input at a time through the engine, effects out, the timer re-armed.
    func serve(
        inbox: AsyncStream<Input>, continuation: AsyncStream<Input>.Continuation, applier: DataPlaneApplier,
        log: @escaping @Sendable (CheckerLogLine) -> Void
    ) async {
        // The applier talks to the kernel (netlink, `nft` children) and may block: never on the
        // loop's executor, which may be the probe reactor's thread.
        let applying = Task(executorPreference: globalConcurrentExecutor) { await applier.run() }
        var timer = DeadlineTimer(clock: ports.clock, executor: ports.executor) { [self] in
            post(.engine(.deadlineReached), to: continuation)
        }
        for await input in inbox {
            if case .engine(.deadlineReached) = input { timer.fired() }
            let effects = step(input, log: log)
            perform(effects, continuation: continuation, applier: applier, log: log)
            timer.arm(running.withLock { $0?.engine.nextDeadline }.map(Self.coalesced))
            counters.inputHandled()
        }
        timer.disarm()
        continuation.finish()
        applier.finish()
        await applying.value
    }

    /// Timer wake-ups fall on a 20 ms grid, the stream reactor's batching grid: every checker due
    /// within the same 20 ms starts on one wake-up that also takes the reactor's events (20 ms late at
    /// most, against a delay_loop of seconds), and the timer is not re-armed each time the earliest
    /// deadline moves by less than that. Each halving of the wake-ups cut the daemon's CPU at 200
    /// servers in the emulated guest by about a fifth (Docs/Benchmarks.md).
    static let deadlineGranularity: Int64 = 20_000_000

    static func coalesced(_ deadline: MonotonicInstant) -> MonotonicInstant {
        let grid = deadlineGranularity
        let (quotient, remainder) = deadline.nanoseconds.quotientAndRemainder(dividingBy: grid)
        return MonotonicInstant(nanoseconds: (quotient + (remainder > 0 ? 1 : 0)) * grid)
    }

    private func step(_ input: Input, log: @Sendable (CheckerLogLine) -> Void) -> [CheckerEffect] {
        let now = ports.clock.now
        switch input {
        case .configured(let configuration):
            let assembled = CheckerAssembly.assemble(configuration)
            assembled.warnings.forEach { log(.warning($0)) }
            return running.withLock { $0?.engine.handle(.configured(assembled.configuration), now: now) } ?? []
        case .engine(let event):
            return running.withLock { $0?.engine.handle(event, now: now) } ?? []
        case .probesFinished:
            let results = finishedProbes.withLock { pending in
                defer { pending.removeAll(keepingCapacity: true) }
                return pending
            }
            return running.withLock { state in
                results.flatMap { key, result in state?.engine.handle(.probeFinished(key, result), now: now) ?? [] }
            }
        }
    }

    private func perform(
        _ effects: [CheckerEffect], continuation: AsyncStream<Input>.Continuation, applier: DataPlaneApplier,
        log: @escaping @Sendable (CheckerLogLine) -> Void
    ) {
        for effect in effects {
            switch effect {
            case .startProbe(let key, _):
                let prober = ports.prober
                counters.probeStarted()
                prober.start(key.probe) { [self] result in
                    // A burst of results (the reactor reports a batch per turn) wakes the loop once.
                    let first = finishedProbes.withLock { pending in
                        pending.append((key, result))
                        return pending.count == 1
                    }
                    if first { post(.probesFinished, to: continuation) }
                    counters.probeReported()
                }
            case .applyTable(let table):
                applier.submit(table)
            case .runScript(let script, let purpose):
                let scripts = ports.scripts
                Task(executorPreference: globalConcurrentExecutor) {
                    if let line = await scripts.run(script, purpose: purpose) { log(.warning(line)) }
                }
            case .log(let line):
                log(line)
            }
        }
    }
}
