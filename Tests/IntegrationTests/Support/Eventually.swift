import Foundation

/// Waits for observable conditions with a deadline, polling; never sleeps a fixed time to wait.
enum Eventually {
    /// True as soon as `condition` holds, false if it still does not after `timeout`.
    static func holds(within timeout: Duration, every interval: Duration = .milliseconds(50), _ condition: () -> Bool)
        -> Bool
    {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: Double(interval.components.attoseconds) / 1e18 + Double(interval.components.seconds))
        }
        return condition()
    }

    /// How long `condition` took to hold, or nil if it did not within `timeout`.
    static func elapsed(within timeout: Duration, every interval: Duration = .milliseconds(10), _ condition: () -> Bool)
        -> Duration?
    {
        let clock = ContinuousClock()
        let start = clock.now
        return holds(within: timeout, every: interval, condition) ? clock.now - start : nil
    }
}
