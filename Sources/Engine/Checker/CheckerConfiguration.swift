/// Everything the checker engine runs: the virtual servers, in configuration order.
public struct CheckerConfiguration: Hashable, Sendable {
    public var virtualServers: [CheckedVirtualServer]

    public init(virtualServers: [CheckedVirtualServer] = []) {
        self.virtualServers = virtualServers
    }
}
