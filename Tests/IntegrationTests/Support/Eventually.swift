import Foundation

/// Waits for observable conditions with a deadline, polling; never sleeps a fixed time to wait.
/// The async forms suspend between polls, so a waiting test does not hold one of the cooperative
/// pool's few threads while other suites run.
enum Eventually {
    /// True as soon as `condition` holds, false if it still does not after `timeout`.
    static func holds(
        within timeout: Duration, every interval: Duration = .milliseconds(50), _ condition: () -> Bool
    ) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if condition() { return true }
            try? await Task.sleep(for: interval)
        }
        return condition()
    }

    /// How long `condition` took to hold, or nil if it did not within `timeout`.
    static func elapsed(
        within timeout: Duration, every interval: Duration = .milliseconds(10), _ condition: () -> Bool
    ) async -> Duration? {
        let clock = ContinuousClock()
        let start = clock.now
        return await holds(within: timeout, every: interval, condition) ? clock.now - start : nil
    }

    /// `holds` for teardown code that cannot suspend (`defer`).
    static func holdsBlocking(within timeout: Duration, _ condition: () -> Bool) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }
}
