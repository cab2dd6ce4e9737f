import HealthCheck
import NetworkPrimitives

/// A real server as the checker engine needs it: its address, the checkers that decide whether it
/// is alive, and its notify scripts. Its IPVS settings are the matching `RealServerDefinition`.
public struct CheckedRealServer: Hashable, Sendable {
    public var address: IPAddress
    public var port: UInt16
    /// Every checker must be UP for the real server to be alive; none means always alive (§4.1).
    public var checkers: [CheckerKey]
    public var notifyUp: CheckerScript?
    public var notifyDown: CheckerScript?

    public init(
        address: IPAddress, port: UInt16, checkers: [CheckerKey] = [], notifyUp: CheckerScript? = nil,
        notifyDown: CheckerScript? = nil
    ) {
        self.address = address
        self.port = port
        self.checkers = checkers
        self.notifyUp = notifyUp
        self.notifyDown = notifyDown
    }
}
