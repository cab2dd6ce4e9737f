import LinuxPlatform

/// What the stream probe reactor thread takes from its `ReactorInbox` in one go: probes to start,
/// jobs of tasks that prefer the reactor as their executor, and clock sleeps.
struct StreamProbeWork: ReactorWork {
    var requests: [StreamProbeRequest] = []
    var jobs: [UnownedJob] = []
    var sleeps: [ReactorSleep] = []
    var stopping = false

    init() {}

    var isEmpty: Bool { requests.isEmpty && jobs.isEmpty && sleeps.isEmpty }
}
