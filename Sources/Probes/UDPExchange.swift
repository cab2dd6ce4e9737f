import HealthCheck
import NIOCore

/// UDP_CHECK (Docs/Keepalived.md §2.3): send the payload; an ICMP error fails the check; without
/// `require_reply` silence until the deadline passes, with it the first reply must match.
enum UDPExchange {
    static func run(_ probe: UDPProbe, target: ProbeTarget, attempt: ProbeAttempt) {
        let remote: SocketAddress
        let local: SocketAddress?
        do {
            remote = try target.remoteAddress()
            local = try target.localAddress()
        } catch {
            return attempt.fail("bad UDP endpoint: \(error)")
        }
        let bound = NIOLoopBound(attempt, eventLoop: attempt.eventLoop)
        attempt.phase = "waiting for UDP reply"
        if probe.requiredReply == nil { attempt.resultAtDeadline = .success }
        DatagramExchange.open(remote: remote, local: local, fwmark: target.fwmark, attempt: attempt) {
            DatagramReplyHandler(
                onReply: { reply in
                    bound.value.finish(probe.accepts(reply: reply) ? .success : .failure(reason: "UDP reply mismatch"))
                },
                onError: { error in bound.value.fail("UDP error: \(ProbeErrorText.describe(error))") })
        }
        .assumeIsolated()
        .whenComplete { result in
            switch result {
            case .success(let channel):
                attempt.hold(channel)
                DatagramExchange.send(probe.payload, on: channel, to: remote).assumeIsolated().whenFailure { error in
                    attempt.fail("UDP send error: \(ProbeErrorText.describe(error))")
                }
            case .failure(let error):
                attempt.fail("UDP socket error: \(ProbeErrorText.describe(error))")
            }
        }
    }
}
