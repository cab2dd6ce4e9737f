import HealthCheck
import NIOCore

/// TCP_CHECK: the probe passes when the connection completes before the deadline (Docs/Keepalived.md §2.3).
enum TCPConnectExchange {
    static func run(_ target: ProbeTarget, attempt: ProbeAttempt) {
        attempt.phase = "connecting"
        TCPConnector.connect(target, attempt: attempt) { _ in }
            .assumeIsolated()
            .whenComplete { result in
                switch result {
                case .success(let channel):
                    attempt.release(channel)
                    attempt.finish(.success)
                case .failure(let error):
                    attempt.fail(TCPConnector.describe(error))
                }
            }
    }
}
