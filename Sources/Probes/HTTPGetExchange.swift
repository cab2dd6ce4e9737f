import HealthCheck
import NIOCore

/// HTTP_GET and SSL_GET (Docs/Keepalived.md §4.2): each URL in turn on a new connection, all within the
/// probe's one deadline; the probe passes when every URL passes.
enum HTTPGetExchange {
    static func run(_ probe: HTTPProbe, target: ProbeTarget, attempt: ProbeAttempt, tls: TLSClient) {
        check(urlAt: 0, of: probe, target: target, attempt: attempt, tls: tls)
    }

    private static func check(
        urlAt index: Int, of probe: HTTPProbe, target: ProbeTarget, attempt: ProbeAttempt, tls: TLSClient
    ) {
        guard !attempt.isFinished else { return }
        guard index < probe.urls.count else { return attempt.finish(.success) }
        let url = probe.urls[index]
        let request = HTTPGetRequest(url: url, probe: probe, target: target).bytes
        let serverName = probe.tls.flatMap { TLSClient.serverName(for: $0, url: url, probe: probe) }
        let bound = NIOLoopBound(attempt, eventLoop: attempt.eventLoop)
        attempt.phase = "connecting"
        TCPConnector.connect(target, attempt: attempt) { channel in
            let pipeline = channel.pipeline.syncOperations
            if probe.tls != nil { try pipeline.addHandler(tls.handler(serverName: serverName)) }
            try pipeline.addHandler(
                HTTPResponseHandler(request: request, reader: HTTPResponseReader(for: url)) { outcome in
                    let attempt = bound.value
                    guard !attempt.isFinished else { return }
                    switch outcome {
                    case .failure(let failure):
                        attempt.fail(failure.reason + Self.suffix(url, of: probe))
                    case .success(var reader):
                        attempt.release(channel)
                        let verdict = reader.verdict(for: url)
                        guard verdict.isSuccess else { return attempt.finish(Self.annotate(verdict, url, of: probe)) }
                        check(urlAt: index + 1, of: probe, target: target, attempt: attempt, tls: tls)
                    }
                })
        }
        .assumeIsolated()
        .whenComplete { result in
            switch result {
            case .success(let channel):
                attempt.hold(channel)
                attempt.phase = probe.tls == nil ? "reading HTTP response" : "reading HTTPS response"
            case .failure(let error):
                attempt.fail(TCPConnector.describe(error) + Self.suffix(url, of: probe))
            }
        }
    }

    private static func annotate(_ result: ProbeResult, _ url: HTTPProbe.URLCheck, of probe: HTTPProbe) -> ProbeResult {
        guard case .failure(let reason) = result else { return result }
        return .failure(reason: reason + suffix(url, of: probe))
    }

    /// Names the URL when there are several, as keepalived's log lines do.
    static func suffix(_ url: HTTPProbe.URLCheck, of probe: HTTPProbe) -> String {
        probe.urls.count > 1 ? " (url \(url.path))" : ""
    }
}
