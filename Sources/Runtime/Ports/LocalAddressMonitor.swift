import Engine

/// The host's addresses as they change, for `ha_suspend`: listed once, then each address added or
/// removed (and listed again after lost notifications).
public protocol LocalAddressMonitor: Sendable {
    /// Every address the host has now; the subscription is already open, so no change after the
    /// listing is lost.
    func addresses() -> [LocalAddress]
    /// The changes after `addresses()`; ends when the monitor is closed. Single consumer.
    func changes() -> AsyncStream<LocalAddressChange>
    /// Stops the stream and releases what the monitor holds.
    func close()
}
