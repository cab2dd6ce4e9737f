import HealthCheck
import NetworkPrimitives

/// One TCP_CHECK or HTTP_GET in flight on the reactor: its socket, where it is in the exchange,
/// and the HTTP response read so far. Confined to the reactor thread.
final class StreamProbe {
    enum Phase {
        /// Waiting for the handshake to finish.
        case connecting
        /// Connected; the request is (partly) written and the response is being read.
        case exchanging
    }

    let request: StreamProbeRequest
    /// The whole probe's budget (`connect_timeout`) ends here, all URLs included.
    let deadline: MonotonicInstant
    /// Identifies this probe's deadline entry, which outlives the probe in the heap.
    let id: UInt64
    var fd: Int32 = -1
    /// `fd` is in the reactor's epoll set (a pooled socket stays there between checks).
    var registered = false
    /// The pool the socket returns to after a clean exchange; nil: it is closed (something is bound).
    var flavour: StreamSocketPool.Flavour?
    /// Identifies the current connection's epoll events (an HTTP probe opens one per URL).
    var connection: UInt32 = 0
    var phase = Phase.connecting
    var urlIndex = 0
    var requestBytes: [UInt8] = []
    var sent = 0
    var reader: HTTPResponseReader?
    /// The peer has shut its side (EPOLLRDHUP/EPOLLHUP seen): a short read means end of stream.
    var peerClosed = false

    init(request: StreamProbeRequest, deadline: MonotonicInstant, id: UInt64) {
        self.request = request
        self.deadline = deadline
        self.id = id
        if case .http(let probe) = request.key.spec { httpProbe = probe } else { httpProbe = nil }
    }

    /// The HTTP_GET checker, nil for TCP_CHECK (taken out of the key once, not per event).
    let httpProbe: HTTPProbe?

    /// The current URL named as in the NIO path's failures (only when the checker has several).
    var urlSuffix: String {
        guard let probe = httpProbe, urlIndex < probe.urls.count else { return "" }
        return HTTPGetExchange.suffix(probe.urls[urlIndex], of: probe)
    }

    /// The reason given when the deadline passes, in the NIO probes' words.
    var timeoutReason: String {
        switch phase {
        case .connecting: "timeout connecting"
        case .exchanging: "timeout reading HTTP response"
        }
    }
}

/// A probe asked of the reactor: what to probe, when its budget started, whom to tell.
struct StreamProbeRequest: Sendable {
    var key: ProbeKey
    /// When the probe's `connect_timeout` budget starts; nil: when it starts.
    var requestedAt: MonotonicInstant?
    /// Start no earlier than this (a timed start); nil: at once.
    var startAt: MonotonicInstant?
    var completion: StreamProbeReactor.Completion
}
