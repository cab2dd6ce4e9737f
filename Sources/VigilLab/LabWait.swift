import LinuxPlatform

/// Waits for an observable condition with a deadline, polling; the lab never sleeps a fixed time to wait.
public enum LabWait {
    /// Blocks the calling thread until `condition` holds (true) or `timeout` passes (false).
    public static func until(
        timeout: Duration, every interval: Duration = .milliseconds(10), _ condition: () -> Bool
    ) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition() { return true }
            System.sleep(for: interval)
        }
        return condition()
    }

    /// Suspends until `condition` holds (true) or `timeout` passes (false), leaving the concurrency
    /// pool's thread free between polls.
    public static func eventually(
        within timeout: Duration, every interval: Duration = .milliseconds(20), _ condition: () async -> Bool
    ) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if await condition() { return true }
            try? await Task.sleep(for: interval)
        }
        return await condition()
    }

    /// Seconds in a duration, as a floating-point number (for printed figures).
    public static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
