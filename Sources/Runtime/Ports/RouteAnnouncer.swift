import NetworkPrimitives

/// The routing daemon that announces this director's prefixes to its routers (BGP mode): Vigil
/// drives the daemon's own interface and never speaks BGP itself.
public protocol RouteAnnouncer: Sendable {
    /// Makes the daemon announce exactly `prefixes` and withdraw any other it announced for Vigil.
    /// Returns at once: the newest call wins and a failed attempt is retried.
    func announce(_ prefixes: [IPPrefix])
    /// Withdraws every prefix and returns once the daemon has been told (or the attempt failed).
    func withdrawAll() async
}
