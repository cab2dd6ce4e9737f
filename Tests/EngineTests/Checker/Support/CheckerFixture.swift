import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives

/// Builders for checker-engine tests: addresses, checkers and virtual servers with keepalived's
/// shapes but short timers.
enum CheckerFixture {
    static let vip = address("10.0.0.100")
    static let sorry = SorryServer(address: address("10.0.9.9"), port: 8080)

    /// Parses an address literal; a typo yields 0.0.0.0, which the expectations then catch.
    static func address(_ text: String) -> IPAddress { IPAddress(text) ?? .v4(IPv4Address(0)) }

    /// `10.0.1.N`.
    static func backend(_ n: Int) -> IPAddress { address("10.0.1.\(n)") }

    /// A TCP_CHECK of `10.0.1.N:port` with the integration test's timers: delay_loop 1, retry 1,
    /// delay_before_retry 1, connect_timeout 1, no warm-up jitter unless asked.
    static func tcp(
        _ n: Int, port: UInt16 = 8080, delayLoop: Duration = .seconds(1), retry: Int = 1,
        delayBeforeRetry: Duration = .seconds(1), connectTimeout: Duration = .seconds(1),
        warmup: Duration = .zero, alpha: Bool = false, logAllFailures: Bool = false
    ) -> CheckerKey {
        CheckerKey(
            probe: ProbeKey(
                target: ProbeTarget(address: backend(n), port: port), spec: .tcpConnect, timeout: connectTimeout),
            schedule: CheckerSchedule(
                delayLoop: delayLoop, retry: retry, delayBeforeRetry: delayBeforeRetry, warmup: warmup, alpha: alpha,
                logAllFailures: logAllFailures))
    }

    /// A MISC_CHECK (`misc_dynamic` when asked) on `10.0.1.N`.
    static func misc(_ n: Int, dynamic: Bool = true) -> CheckerKey {
        CheckerKey(
            probe: ProbeKey(
                target: ProbeTarget(address: backend(n), port: 0),
                spec: .misc(MiscProbe(command: "/usr/local/bin/weigh 10.0.1.\(n)", dynamic: dynamic)),
                timeout: .seconds(1)),
            schedule: CheckerSchedule(delayLoop: .seconds(1), retry: 0, warmup: .zero))
    }

    struct Server {
        var n: Int
        var port: UInt16 = 8080
        var weight: Int = 1
        var inhibit = false
        var checkers: [CheckerKey]
        var notifyUp: CheckerScript? = nil
        var notifyDown: CheckerScript? = nil
    }

    static func server(_ n: Int, weight: Int = 1, inhibit: Bool = false, checkers: [CheckerKey]? = nil) -> Server {
        Server(n: n, weight: weight, inhibit: inhibit, checkers: checkers ?? [tcp(n)])
    }

    /// `virtual_server 10.0.0.100 PORT` (NAT, rr) with `servers`.
    static func virtualServer(
        port: UInt16 = 80, _ servers: [Server], quorum: Int = 1, hysteresis: Int = 0, sorry: SorryServer? = nil,
        quorumUp: CheckerScript? = nil, quorumDown: CheckerScript? = nil
    ) -> CheckedVirtualServer {
        let definition = VirtualServerDefinition(
            frontend: .endpoint(vip, port: port), protocol: .tcp, scheduler: .roundRobin, quorum: quorum,
            hysteresis: hysteresis, sorryServer: sorry,
            realServers: servers.map {
                RealServerDefinition(
                    address: backend($0.n), port: $0.port, weight: $0.weight, inhibitOnFailure: $0.inhibit)
            })
        let checked = servers.map {
            CheckedRealServer(
                address: backend($0.n), port: $0.port, checkers: $0.checkers, notifyUp: $0.notifyUp,
                notifyDown: $0.notifyDown)
        }
        return CheckedVirtualServer(
            definition: definition, realServers: checked, quorumUp: quorumUp, quorumDown: quorumDown)
    }

    static func configuration(_ virtualServers: CheckedVirtualServer...) -> CheckerConfiguration {
        CheckerConfiguration(virtualServers: virtualServers)
    }
}
