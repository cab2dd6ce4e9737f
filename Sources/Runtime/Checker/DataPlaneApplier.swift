import Engine
import LoadBalancer
import NetworkPrimitives
import Synchronization

/// Hands the latest desired table to the data plane, one apply at a time: tables that arrive while an
/// apply runs collapse into the newest, and a refused apply is retried after a delay with whatever is
/// newest by then. The engine never waits for the kernel.
public final class DataPlaneApplier: Sendable {
    private struct Pending: Sendable {
        var desired = VirtualServerTable()
        var generation = 0
        var applied = 0
        var notes: [String] = []
        var lastError: String?
    }

    /// Where the data plane stands against the newest desired table.
    public enum Status: Hashable, Sendable {
        /// No table submitted yet.
        case idle
        /// The newest table is being applied, or waits for the apply in progress.
        case applying
        /// The newest table was applied.
        case inSync
        /// The last apply was refused (it is retried); the error in words.
        case failing(String)

        /// `in sync`, `applying`, `failing: …`, `idle`.
        public var description: String {
            switch self {
            case .idle: "idle"
            case .applying: "applying"
            case .inSync: "in sync"
            case .failing(let error): "failing: \(error)"
            }
        }
    }

    /// The data plane's state now.
    public var status: Status {
        pending.withLock { state in
            if let error = state.lastError { return .failing(error) }
            if state.generation == 0 { return .idle }
            return state.generation == state.applied ? .inSync : .applying
        }
    }

    public let dataPlane: any DataPlane
    private let log: any LogSink
    private let clock: any MonotonicClock
    private let retryDelay: Duration
    private let pending = Mutex(Pending())
    private let doorbell: AsyncStream<Void>
    private let ring: AsyncStream<Void>.Continuation

    /// Applies to `dataPlane`; after a refusal waits `retryDelay` on `clock` before the next try.
    public init(dataPlane: any DataPlane, clock: any MonotonicClock, retryDelay: Duration, log: any LogSink) {
        self.dataPlane = dataPlane
        self.clock = clock
        self.retryDelay = retryDelay
        self.log = log
        (doorbell, ring) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Makes `table` the one to apply next.
    func submit(_ table: VirtualServerTable) {
        pending.withLock {
            $0.desired = table
            $0.generation += 1
        }
        ring.yield()
    }

    /// Ends `run` once the apply in progress, if any, and the newest table are done.
    func finish() { ring.finish() }

    /// Removes what the data plane installed, and says so in the log.
    func release() async {
        do {
            try await dataPlane.release()
            log.write(.info("Removed the \(dataPlane.name) virtual servers"))
        } catch {
            log.write(.error("Cannot remove the \(dataPlane.name) virtual servers: \(error)"))
        }
    }

    /// Applies tables as they are submitted until `finish`.
    func run() async {
        for await _ in doorbell {
            await applyLatest()
        }
    }

    private func applyLatest() async {
        while let (generation, table) = next() {
            do {
                let notes = try await dataPlane.apply(table)
                let fresh = pending.withLock { state in
                    state.applied = max(state.applied, generation)
                    state.lastError = nil
                    defer { state.notes = notes }
                    return state.notes != notes
                }
                if fresh { notes.forEach { log.write(.warning($0)) } }
            } catch {
                pending.withLock { $0.lastError = "\(error)" }
                log.write(
                    .error("Cannot program the \(dataPlane.name) data plane, retrying in \(retryDelay): \(error)"))
                do { try await clock.sleep(until: clock.now + retryDelay) } catch { return }
            }
        }
    }

    private func next() -> (Int, VirtualServerTable)? {
        pending.withLock { state in state.generation == state.applied ? nil : (state.generation, state.desired) }
    }
}
