import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Runtime
import Synchronization

/// Records every table it is asked to hold; can be told to refuse.
public final class RecordingDataPlane: DataPlane {
    public init() {}

    private struct State {
        var tables: [VirtualServerTable] = []
        var refusals = 0
        var released = false
    }

    private let state = Mutex(State())
    public let name = "recording"

    /// The next `count` applies throw.
    public func refuse(next count: Int) { state.withLock { $0.refusals = count } }

    public var tables: [VirtualServerTable] { state.withLock { $0.tables } }
    public var released: Bool { state.withLock { $0.released } }

    public func apply(_ table: VirtualServerTable) async throws -> [String] {
        try state.withLock { state in
            if state.refusals > 0 {
                state.refusals -= 1
                throw RefusedTable()
            }
            state.tables.append(table)
        }
        return []
    }

    public func release() async throws { state.withLock { $0.released = true } }

    /// `address:port=weight` of the destinations of the service `key` in the last table held.
    public func pool(_ key: ServiceKey) -> [String] {
        (tables.last?[key]?.sortedDestinations ?? []).map { "\($0.address):\($0.port)=\($0.weight)" }
    }
}

public struct RefusedTable: Error, CustomStringConvertible {
    public var description: String { "refused by the test" }
}
