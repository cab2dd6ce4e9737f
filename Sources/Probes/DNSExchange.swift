import HealthCheck
import NIOCore

/// DNS_CHECK: one query over UDP, answered within the deadline with RCODE 0 (Docs/Keepalived.md §2.3).
enum DNSExchange {
    static func run(_ probe: DNSProbe, target: ProbeTarget, attempt: ProbeAttempt) {
        let query = DNSQuery(id: UInt16.random(in: 0...UInt16.max), type: probe.type, name: probe.name)
        let message: [UInt8]
        let remote: SocketAddress
        let local: SocketAddress?
        do {
            message = try query.encoded()
            remote = try target.remoteAddress()
            local = try target.localAddress()
        } catch {
            return attempt.fail("cannot build DNS query: \(error)")
        }
        let bound = NIOLoopBound(attempt, eventLoop: attempt.eventLoop)
        attempt.phase = "waiting for DNS reply"
        DatagramExchange.open(remote: remote, local: local, fwmark: target.fwmark, attempt: attempt) {
            DatagramReplyHandler(
                onReply: { datagram in
                    switch query.judge(datagram) {
                    case .ignored: break
                    case .answered: bound.value.finish(.success)
                    case .failed(let rcode): bound.value.fail("DNS reply with rcode \(rcode)")
                    }
                },
                onError: { error in bound.value.fail("DNS read error: \(ProbeErrorText.describe(error))") })
        }
        .assumeIsolated()
        .whenComplete { result in
            switch result {
            case .success(let channel):
                attempt.hold(channel)
                DatagramExchange.send(message, on: channel, to: remote).assumeIsolated().whenFailure { error in
                    attempt.fail("DNS send error: \(ProbeErrorText.describe(error))")
                }
            case .failure(let error):
                attempt.fail("DNS socket error: \(ProbeErrorText.describe(error))")
            }
        }
    }
}
