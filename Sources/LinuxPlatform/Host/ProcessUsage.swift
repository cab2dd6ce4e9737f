/// What this process uses now, for the `process_*` metrics Prometheus client libraries export.
public struct ProcessUsage: Hashable, Sendable {
    /// User and system CPU seconds since the process started.
    public var cpuSeconds: Double?
    /// Resident memory in bytes.
    public var residentBytes: Int?

    public init(cpuSeconds: Double?, residentBytes: Int?) {
        self.cpuSeconds = cpuSeconds
        self.residentBytes = residentBytes
    }

    /// The figures of the calling process.
    public static func current() -> ProcessUsage {
        ProcessUsage(cpuSeconds: System.cpuSeconds(), residentBytes: System.residentBytes())
    }
}
