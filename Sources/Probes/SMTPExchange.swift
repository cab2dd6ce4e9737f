import HealthCheck
import NIOCore

/// SMTP_CHECK over TCP (Docs/Keepalived.md §2.3), all within the probe's deadline.
enum SMTPExchange {
    static func run(_ probe: SMTPProbe, target: ProbeTarget, attempt: ProbeAttempt) {
        let bound = NIOLoopBound(attempt, eventLoop: attempt.eventLoop)
        attempt.phase = "connecting"
        TCPConnector.connect(target, attempt: attempt) { channel in
            try channel.pipeline.syncOperations.addHandler(
                SMTPLineHandler(heloName: probe.heloName) { failure in
                    if let failure { bound.value.fail(failure) } else { bound.value.finish(.success) }
                })
        }
        .assumeIsolated()
        .whenComplete { result in
            switch result {
            case .success(let channel):
                attempt.hold(channel)
                attempt.phase = "in SMTP dialogue"
            case .failure(let error):
                attempt.fail(TCPConnector.describe(error))
            }
        }
    }
}
