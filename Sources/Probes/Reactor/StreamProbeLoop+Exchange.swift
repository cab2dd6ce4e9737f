import HealthCheck
import LinuxPlatform
import NetworkPrimitives

/// One probe's exchange: connect, send the request, read until the peer closes, judge.
extension StreamProbeLoop {
    /// Gives `request`, admitted by `admission` (its slot counted), a probe slot and a deadline and
    /// opens its first connection.
    func begin(_ request: StreamProbeRequest) {
        if let failure {
            admission.finished()
            return request.completion(.failure(reason: failure))
        }
        nextProbeID &+= 1
        let deadline = (request.requestedAt ?? now) + request.key.timeout
        let probe = StreamProbe(request: request, deadline: deadline, id: nextProbeID)
        let slot = probes.insert(probe)
        deadlines.push(DeadlineEntry(at: deadline, probeID: probe.id, slot: slot))
        guard now < deadline else { return finish(slot, .failure(reason: probe.timeoutReason)) }
        openConnection(slot, probe)
    }

    /// Opens the connection for the probe's current URL (or its TCP_CHECK connection).
    func openConnection(_ slot: Int, _ probe: StreamProbe) {
        let target = probe.request.key.target
        let remote = SocketAddressStorage(
            target.address, port: target.port, scope: target.address.isIPv6LinkLocal ? target.bindInterface : nil)
        nextConnection &+= 1
        probe.connection = nextConnection
        probe.phase = .connecting
        probe.sent = 0
        probe.peerClosed = false
        if let http = probe.httpProbe {
            let requests = requestBytes(for: probe.request.key, http)
            probe.requestBytes = requests[probe.urlIndex]
            probe.reader = HTTPResponseReader(for: http.urls[probe.urlIndex])
        }
        let progress: ConnectProgress
        do throws(SystemError) {
            try openSocket(for: probe, family: remote.family)
            progress = try remote.withSockAddr { address, length in
                Result { () throws(SystemError) in try System.connect(probe.fd, to: address, length: length) }
            }.get()
        } catch {
            return finish(slot, .failure(reason: "connect failed: \(ProbeErrorText.errno(error.errno))" + probe.urlSuffix))
        }
        if progress == .connected {
            // The handshake finished inside connect: a TCP_CHECK is done without epoll.
            guard probe.httpProbe != nil else { return finish(slot, .success, recycling: true) }
            probe.phase = .exchanging
            guard sendRequest(slot, probe) else { return }
        }
        let events = System.EpollEvent.self
        let mask = events.readable | events.writable | events.peerClosed | events.edgeTriggered
        let data = UInt64(slot) | UInt64(probe.connection) << 32
        do throws(SystemError) {
            if probe.registered {
                try System.epollModify(epoll, probe.fd, events: mask, data: data)
            } else {
                try System.epollAdd(epoll, probe.fd, events: mask, data: data)
                probe.registered = true
            }
        } catch {
            finish(slot, .failure(reason: "cannot watch probe socket: \(error.reason)"))
        }
    }

    /// Gives the probe a socket: a pooled one when nothing is bound to the target's sockets, else a
    /// new one. HTTP sockets send their handshake's last ACK with the request.
    private func openSocket(for probe: StreamProbe, family: Int32) throws(SystemError) {
        let target = probe.request.key.target
        let bindsSomething = target.fwmark != nil || target.bindAddress != nil || target.bindPort != nil
        let flavour = StreamSocketPool.Flavour(family: family, sendsAckWithRequest: probe.httpProbe != nil)
        probe.flavour = bindsSomething ? nil : flavour
        if !bindsSomething, let pooled = sockets.take(flavour) {
            probe.fd = pooled.fd
            probe.registered = pooled.registered
            return
        }
        probe.fd = try System.streamSocket(family: family)
        probe.registered = false
        if flavour.sendsAckWithRequest { try System.sendAckWithFirstData(probe.fd) }
        try configure(probe.fd, for: target)
    }

    /// `fwmark` (SO_MARK), then `bindto`/`bind_port` before connecting.
    private func configure(_ fd: Int32, for target: ProbeTarget) throws(SystemError) {
        if let fwmark = target.fwmark {
            try System.setSocketOption(
                fd, level: System.SocketNumber.socketLevel, name: System.SocketNumber.mark,
                value: Int32(bitPattern: fwmark), label: "SO_MARK")
        }
        guard target.bindAddress != nil || target.bindPort != nil else { return }
        try System.setSocketOption(
            fd, level: System.SocketNumber.socketLevel, name: System.SocketNumber.reuseAddress, value: 1,
            label: "SO_REUSEADDR")
        let address = target.bindAddress ?? ProbeTarget.unspecified(like: target.address)
        let local = SocketAddressStorage(
            address, port: target.bindPort ?? 0, scope: address.isIPv6LinkLocal ? target.bindInterface : nil)
        try local.withSockAddr { address, length in
            Result { () throws(SystemError) in try System.bind(fd, to: address, length: length) }
        }.get()
    }

    /// The requests of every URL of `key`, built once per distinct probe (the same keys come back
    /// every `delay_loop`) and kept for at most 65,536 probes.
    private func requestBytes(for key: ProbeKey, _ http: HTTPProbe) -> [[UInt8]] {
        if let requests = requestCache[key] { return requests }
        if requestCache.count >= 65_536 { requestCache.removeAll(keepingCapacity: true) }
        let requests = http.urls.map { HTTPGetRequest(url: $0, probe: http, target: key.target).bytes }
        requestCache[key] = requests
        return requests
    }

    /// An epoll event for a probe's current connection; stale events of closed connections are ignored.
    func handle(_ data: UInt64, events: UInt32) {
        let slot = Int(truncatingIfNeeded: data & 0xffff_ffff)
        let connection = UInt32(truncatingIfNeeded: data >> 32)
        guard let probe = probes[slot], probe.connection == connection else { return }
        let kind = System.EpollEvent.self
        // A reset also raises RDHUP/HUP; only a clean close lets a short read stand for the end,
        // otherwise reading goes on until recv reports the error.
        if events & kind.error != 0 {
            probe.peerClosed = false
        } else if events & (kind.peerClosed | kind.hangUp) != 0 {
            probe.peerClosed = true
        }
        switch probe.phase {
        case .connecting:
            if events & (kind.error | kind.hangUp) != 0 {
                let code = System.pendingError(probe.fd)
                let reason = "connect failed: \(ProbeErrorText.errno(code == 0 ? System.ErrorNumber.connectionReset : code))"
                return finish(slot, .failure(reason: reason + probe.urlSuffix))
            }
            guard events & kind.writable != 0 else { return }
            guard probe.httpProbe != nil else { return finish(slot, .success, recycling: true) }
            probe.phase = .exchanging
            guard sendRequest(slot, probe) else { return }
        case .exchanging:
            if events & kind.writable != 0, probe.sent < probe.requestBytes.count {
                guard sendRequest(slot, probe) else { return }
            }
        }
        if events & (kind.readable | kind.peerClosed | kind.hangUp | kind.error) != 0 { read(slot, probe) }
    }

    /// Writes what the socket takes of the request; false when the probe ended.
    private func sendRequest(_ slot: Int, _ probe: StreamProbe) -> Bool {
        do throws(SystemError) {
            while probe.sent < probe.requestBytes.count {
                let written = try probe.requestBytes.withUnsafeBytes { bytes in
                    Result { () throws(SystemError) in
                        try System.send(probe.fd, UnsafeRawBufferPointer(rebasing: bytes[probe.sent...]))
                    }
                }.get()
                guard let written else { return true }
                probe.sent += written
            }
            return true
        } catch {
            finish(slot, .failure(reason: "read error: \(ProbeErrorText.errno(error.errno))" + probe.urlSuffix))
            return false
        }
    }

    /// Connections left with unread data last turn.
    func readPending() {
        guard !readAgain.isEmpty else { return }
        let pending = readAgain
        readAgain.removeAll(keepingCapacity: true)
        for (slot, connection) in pending {
            guard let probe = probes[slot], probe.connection == connection else { continue }
            read(slot, probe)
        }
    }

    /// Reads up to the budget; the end of stream (or a short read after the peer closed) ends the URL.
    private func read(_ slot: Int, _ probe: StreamProbe) {
        for _ in 0..<Self.readBudget {
            let count: Int?
            do throws(SystemError) {
                count = try System.receive(probe.fd, into: readBuffer)
            } catch {
                return finish(
                    slot, .failure(reason: "read error: \(ProbeErrorText.errno(error.errno))" + probe.urlSuffix))
            }
            guard let count else { return }
            guard count > 0 else { return endOfResponse(slot, probe) }
            do throws(HTTPResponseReader.Failure) {
                try probe.reader?.consume(UnsafeRawBufferPointer(rebasing: readBuffer[..<count]))
            } catch {
                return finish(slot, .failure(reason: HTTPExchangeFailure.headerTooLarge.reason + probe.urlSuffix))
            }
            if count < readBuffer.count, probe.peerClosed { return endOfResponse(slot, probe) }
        }
        readAgain.append((slot, probe.connection))
    }

    /// The peer closed: judge the response; the next URL gets a new connection.
    private func endOfResponse(_ slot: Int, _ probe: StreamProbe) {
        guard let http = probe.httpProbe, var reader = probe.reader else {
            return finish(slot, .success, recycling: true)
        }
        let verdict = reader.verdict(for: http.urls[probe.urlIndex])
        guard verdict.isSuccess else {
            guard case .failure(let reason) = verdict else { return finish(slot, verdict, recycling: true) }
            return finish(slot, .failure(reason: reason + probe.urlSuffix), recycling: true)
        }
        release(probe, recycling: true)
        probe.reader = nil
        probe.urlIndex += 1
        guard probe.urlIndex < http.urls.count else { return finish(slot, .success) }
        openConnection(slot, probe)
    }
}
