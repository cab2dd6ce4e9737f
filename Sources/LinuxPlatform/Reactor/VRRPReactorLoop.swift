import NetworkPrimitives

/// The VRRP reactor thread's state: its epoll, eventfd and timerfd, the clock sleeps by instant, and
/// reusable buffers. Nothing here is shared; other threads reach it through the inbox and the watch
/// table.
final class VRRPReactorLoop {
    /// The eventfd's and the timerfd's epoll data; watched descriptors carry their token (from 1).
    static let wakeToken = UInt64.max
    static let timerToken = UInt64.max - 1
    static let eventCapacity: Int32 = 64

    let epoll: Int32
    let timerFD: Int32
    let watches: VRRPReactorWatches
    /// Clock sleeps of tasks (`VRRPReactor.sleep(until:)`), by instant.
    var sleeps = TimedQueue<ReactorSleep>()
    /// Alarms' instants (`ReactorAlarm`), by instant; entries of an alarm set again since are stale.
    var alarms = TimedQueue<ReactorAlarm.Entry>()
    /// The instant the timerfd is armed for; nil when disarmed (or it has fired).
    var armedFor: MonotonicInstant?
    /// The reactor as the jobs' task executor, read from the inbox at the first job.
    var executor: UnownedTaskExecutor?
    /// The thread's side of the inbox's buffers (`ReactorInbox.take(swapping:)`), emptied after each take.
    private var taken = VRRPReactorWork.reserved()
    private let eventData = UnsafeMutablePointer<UInt64>.allocate(capacity: Int(eventCapacity))
    private let eventMasks = UnsafeMutablePointer<UInt32>.allocate(capacity: Int(eventCapacity))

    init(epoll: Int32, timerFD: Int32, watches: VRRPReactorWatches) {
        self.epoll = epoll
        self.timerFD = timerFD
        self.watches = watches
    }

    deinit {
        eventData.deallocate()
        eventMasks.deallocate()
    }

    /// Runs until the inbox says stop: posted work, then the timer, then one epoll wait (forever
    /// unless work is pending: the timerfd wakes it for the next sleep, to the nanosecond).
    func run(_ inbox: ReactorInbox<VRRPReactorWork>) -> String? {
        while true {
            guard drain(inbox) else {
                stop(inbox)
                return nil
            }
            armTimer()
            let timeout: Int32 = inbox.maySleep() ? -1 : 0
            let count: Int
            do {
                count = try System.epollWait(
                    epoll, data: eventData, events: eventMasks, capacity: Self.eventCapacity,
                    timeoutMilliseconds: timeout)
            } catch {
                stop(inbox)
                return "VRRP reactor failed: \(error)"
            }
            if timeout != 0 { inbox.awake() }
            for index in 0..<count {
                switch eventData[index] {
                case Self.wakeToken: System.drain(eventFD: inbox.wakeFD)
                case Self.timerToken:
                    System.drain(timerFD: timerFD)
                    armedFor = nil
                case let token: watches.handler(token)?()
                }
            }
        }
    }

    /// Takes posted work until none is left: sleeps due now end, jobs run (and may post more, which
    /// this turn still takes, so the thread never sleeps on work). False: stop.
    private func drain(_ inbox: ReactorInbox<VRRPReactorWork>) -> Bool {
        while true {
            if inbox.take(swapping: &taken) { return false }
            for sleep in taken.sleeps { sleeps.insert(sleep, at: sleep.deadline) }
            taken.sleeps.removeAll(keepingCapacity: true)
            for entry in taken.alarms { alarms.insert(entry, at: entry.instant) }
            taken.alarms.removeAll(keepingCapacity: true)
            let firedAny = fireDueSleeps()
            if taken.jobs.isEmpty {
                if firedAny { continue }
                return true
            }
            if executor == nil { executor = inbox.executor }
            for job in taken.jobs {
                // The executor is set before the reactor is handed out, so before any job exists.
                if let executor { job.runSynchronously(on: executor) } else { globalConcurrentExecutor.enqueue(job) }
            }
            taken.jobs.removeAll(keepingCapacity: true)
        }
    }

    /// Ends the sleeps and fires the alarms whose instant has passed (cancelled sleeps and stale
    /// alarm entries come out too: ending them again, or firing them, does nothing); true when any did.
    private func fireDueSleeps() -> Bool {
        guard !sleeps.isEmpty || !alarms.isEmpty else { return false }
        let now = System.monotonicNow()
        var fired = false
        while let first = sleeps.earliest, first <= now, let (_, sleep) = sleeps.popFirst() {
            sleep.fire()
            fired = true
        }
        while let first = alarms.earliest, first <= now, let (_, entry) = alarms.popFirst() {
            if entry.alarm.fire(entry) { fired = true }
        }
        return fired
    }

    /// Arms the timerfd for the earliest live sleep or alarm, unless it is armed for that instant already.
    private func armTimer() {
        sleeps.dropFirst(while: \.hasEnded)
        alarms.dropFirst(while: { !$0.isLive })
        let next: MonotonicInstant? =
            switch (sleeps.earliest, alarms.earliest) {
            case (let sleep?, let alarm?): min(sleep, alarm)
            case (let sleep, let alarm): sleep ?? alarm
            }
        guard next != armedFor else { return }
        armedFor = next
        // Arming fails only for a bad descriptor; the sleep then ends at the next wake-up.
        try? System.armTimerFD(timerFD, atNanoseconds: next.map { max(1, $0.nanoseconds) } ?? 0)
    }

    /// Ends every sleep with `CancellationError` and hands jobs still queued to the global executor
    /// (their tasks carry on there).
    private func stop(_ inbox: ReactorInbox<VRRPReactorWork>) {
        let leftover = inbox.close()
        for sleep in leftover.sleeps { sleep.cancel() }
        for sleep in sleeps.removeAll() { sleep.cancel() }
        _ = alarms.removeAll()
        for job in taken.jobs + leftover.jobs { globalConcurrentExecutor.enqueue(job) }
        taken.jobs.removeAll()
    }
}
