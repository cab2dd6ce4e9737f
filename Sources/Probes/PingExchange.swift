import HealthCheck
import enum LinuxPlatform.System
import NIOCore
import NIOPosix
import NetworkPrimitives

/// PING_CHECK: one ICMP echo request answered before the deadline (Docs/Keepalived.md §2.3). It uses an
/// unprivileged datagram ICMP socket (allowed by `net.ipv4.ping_group_range`) and falls back to a
/// raw socket, which needs CAP_NET_RAW.
enum PingExchange {
    enum SocketKind: Hashable, Sendable {
        case datagram
        case raw
    }

    static func run(target: ProbeTarget, attempt: ProbeAttempt, preferring kinds: [SocketKind]) {
        let echo = ICMPEcho(
            family: target.address.family, identifier: UInt16.random(in: 0...UInt16.max),
            sequence: UInt16.random(in: 0...UInt16.max), payload: Array("vigil-ping-check".utf8))
        attempt.phase = "waiting for ICMP echo reply"
        open(echo, target: target, attempt: attempt, kinds: kinds[...])
    }

    private static func open(
        _ echo: ICMPEcho, target: ProbeTarget, attempt: ProbeAttempt, kinds: ArraySlice<SocketKind>
    ) {
        guard let kind = kinds.first else { return attempt.fail("no ICMP socket available") }
        let bound = NIOLoopBound(attempt, eventLoop: attempt.eventLoop)
        let remote: SocketAddress
        do {
            remote = try target.remoteAddress(port: 0)
        } catch {
            return attempt.fail("bad ICMP target: \(error)")
        }
        socket(kind, echo: echo, target: target, remote: remote, attempt: attempt) {
            DatagramReplyHandler(
                onReply: { datagram in
                    let message = kind == .raw && echo.family == .inet ? ICMPEcho.stripIPv4Header(datagram) : datagram
                    if let message, echo.isReply(message, matchIdentifier: kind == .raw) {
                        bound.value.finish(.success)
                    }
                },
                onError: { error in bound.value.fail("ICMP error: \(ProbeErrorText.describe(error))") })
        }
        .assumeIsolated()
        .whenComplete { result in
            switch result {
            case .success(let channel):
                attempt.hold(channel)
                DatagramExchange.send(echo.request, on: channel, to: remote).assumeIsolated().whenFailure { error in
                    attempt.fail("ICMP send error: \(ProbeErrorText.describe(error))")
                }
            case .failure(let error) where isPermissionError(error) && kinds.count > 1:
                open(echo, target: target, attempt: attempt, kinds: kinds.dropFirst())
            case .failure(let error):
                attempt.fail("ICMP socket error: \(ProbeErrorText.describe(error))")
            }
        }
    }

    private static func socket(
        _ kind: SocketKind, echo: ICMPEcho, target: ProbeTarget, remote: SocketAddress, attempt: ProbeAttempt,
        handler: @escaping @Sendable () -> DatagramReplyHandler
    ) -> EventLoopFuture<any Channel> {
        let icmp = echo.family == .inet ? NIOIPProtocol.icmp : NIOIPProtocol(rawValue: UInt8(System.SocketNumber.icmpv6Protocol))
        switch kind {
        case .datagram:
            let local: SocketAddress?
            do {
                local = try target.localAddress()
            } catch {
                return attempt.eventLoop.makeFailedFuture(error)
            }
            return DatagramExchange.open(
                remote: remote, local: local, subtype: .init(icmp), fwmark: target.fwmark, attempt: attempt,
                handler: handler)
        case .raw:
            let loop = attempt.eventLoop
            let fd: CInt
            do {
                fd = try RawICMPSocket.open(connectedTo: remote)
            } catch {
                return loop.makeFailedFuture(error)
            }
            return DatagramBootstrap(group: loop)
                .channelInitializer { channel in
                    loop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(handler()) }
                }
                .withBoundSocket(fd)
        }
    }

    private static func isPermissionError(_ error: any Error) -> Bool {
        guard let error = error as? IOError else { return false }
        let code = error.errnoCode
        return code == System.ErrorNumber.accessDenied || code == System.ErrorNumber.notPermitted
            || code == System.ErrorNumber.protocolNotSupported
    }
}
