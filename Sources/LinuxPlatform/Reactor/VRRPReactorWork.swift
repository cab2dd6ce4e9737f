/// What the VRRP reactor thread takes from its `ReactorInbox`: jobs of tasks that prefer it as their
/// executor, clock sleeps and alarms (`ReactorAlarm`).
struct VRRPReactorWork: ReactorWork {
    var jobs: [UnownedJob] = []
    var sleeps: [ReactorSleep] = []
    var alarms: [ReactorAlarm.Entry] = []
    var stopping = false

    init() {}

    /// Buffers with room for a busy turn, so steady work does not grow them.
    static func reserved() -> VRRPReactorWork {
        var work = VRRPReactorWork()
        work.jobs.reserveCapacity(64)
        work.sleeps.reserveCapacity(16)
        work.alarms.reserveCapacity(16)
        return work
    }

    var isEmpty: Bool { jobs.isEmpty && sleeps.isEmpty && alarms.isEmpty }
}
