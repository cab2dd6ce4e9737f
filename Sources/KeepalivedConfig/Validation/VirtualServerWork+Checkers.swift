import NetworkPrimitives

/// Checker schedules and connections, inherited checker -> real server -> virtual server -> the checker
/// type's defaults (Docs/Keepalived.md §4.1, §7.14).
extension VirtualServerWork {
    mutating func resolveCheckers() {
        for index in server.realServers.indices {
            let real = realServers[index]
            let resolved = server.realServers[index]
            server.realServers[index].checkers = real.checkers.flatMap { checker in
                resolve(checker, real: real, resolved: resolved)
            }
        }
    }

    private func resolve(_ checker: CheckerDraft, real: RealServerDraft, resolved: RealServer) -> [HealthChecker] {
        let schedule = self.schedule(checker, real: real, resolved: resolved)
        let timeout = real.connectTimeout ?? draft.connectTimeout
        let connection = self.connection(checker.connection, resolved: resolved, defaultTimeout: timeout)
        let location = checker.keyword.location
        switch checker.type {
        case .tcp: return [HealthChecker(location: location, kind: .tcp, connection: connection, schedule: schedule)]
        case .ping: return [HealthChecker(location: location, kind: .ping, connection: connection, schedule: schedule)]
        case .http:
            return [
                HealthChecker(location: location, kind: .http(checker.http), connection: connection, schedule: schedule)
            ]
        case .ssl:
            return [
                HealthChecker(location: location, kind: .ssl(checker.http), connection: connection, schedule: schedule)
            ]
        case .dns:
            return [
                HealthChecker(location: location, kind: .dns(checker.dns), connection: connection, schedule: schedule)
            ]
        case .udp:
            return [
                HealthChecker(location: location, kind: .udp(checker.udp), connection: connection, schedule: schedule)
            ]
        case .smtp:
            return smtpCheckers(
                checker, connection: connection, schedule: schedule, resolved: resolved, timeout: timeout)
        case .misc: return [miscChecker(checker, schedule: schedule)]
        case .file: return [fileChecker(checker)]
        }
    }

    private func schedule(_ checker: CheckerDraft, real: RealServerDraft, resolved: RealServer) -> CheckerTiming {
        let delayLoop = checker.delayLoop ?? real.delayLoop ?? server.delayLoop
        let retry = checker.retry ?? real.retry ?? draft.retry ?? Self.defaultRetry(checker.type)
        let defaultDelay = Self.defaultDelayBeforeRetry(checker.type) ?? delayLoop
        return CheckerTiming(
            delayLoop: delayLoop, retry: retry,
            delayBeforeRetry: checker.delayBeforeRetry ?? real.delayBeforeRetry ?? draft.delayBeforeRetry
                ?? defaultDelay,
            warmup: checker.warmup ?? real.warmup ?? draft.warmup ?? delayLoop,
            alpha: checker.alpha ?? resolved.alpha,
            logAllFailures: checker.logAllFailures || globals.checkerLogAllFailures)
    }

    private func connection(_ written: ConnectionDraft, resolved: RealServer, defaultTimeout: Duration)
        -> CheckerConnection
    {
        var connection = CheckerConnection(
            address: written.address ?? resolved.address, port: written.port ?? resolved.port,
            connectTimeout: written.connectTimeout ?? defaultTimeout)
        connection.bindAddress = written.bindAddress
        connection.bindPort = written.bindPort
        connection.bindInterface = written.bindInterface
        connection.firewallMark = written.firewallMark
        return connection
    }

    /// Each deprecated `host { }` of an SMTP_CHECK is one more checker; without connection keywords on the
    /// checker itself, the first host replaces it.
    private func smtpCheckers(
        _ checker: CheckerDraft, connection: CheckerConnection, schedule: CheckerTiming, resolved: RealServer,
        timeout: Duration
    ) -> [HealthChecker] {
        var connections = checker.smtpHosts.map { self.connection($0, resolved: resolved, defaultTimeout: timeout) }
        let ownConnection = checker.connection.address != nil || checker.connection.port != nil
        if connections.isEmpty || ownConnection { connections.insert(connection, at: 0) }
        return connections.map {
            HealthChecker(
                location: checker.keyword.location, kind: .smtp(SMTPCheck(heloName: checker.smtp.heloName)),
                connection: $0, schedule: schedule)
        }
    }

    private func miscChecker(_ checker: CheckerDraft, schedule: CheckerTiming) -> HealthChecker {
        let script =
            checker.misc.script ?? ScriptCommand(commandLine: "", arguments: [], location: checker.keyword.location)
        var misc = MiscCheck(script: script, timeout: checker.misc.timeout ?? server.delayLoop)
        misc.dynamic = checker.misc.dynamic
        misc.user = checker.misc.user
        misc.group = checker.misc.group
        return HealthChecker(location: checker.keyword.location, kind: .misc(misc), connection: nil, schedule: schedule)
    }

    private func fileChecker(_ checker: CheckerDraft) -> HealthChecker {
        let fileWeight = checker.file.trackFile.flatMap { trackFiles[$0]?.weight } ?? TrackingWeight(1)
        let weight = checker.file.weight ?? fileWeight
        let file = FileCheck(trackFile: checker.file.trackFile ?? "", weight: weight)
        return HealthChecker(location: checker.keyword.location, kind: .file(file), connection: nil, schedule: nil)
    }

    static func defaultRetry(_ type: CheckerDraft.CheckerType) -> Int {
        switch type {
        case .misc: 0
        case .dns: 3
        case .tcp, .http, .ssl, .smtp, .udp, .ping, .file: 1
        }
    }

    /// nil means the checker's delay_loop (DNS_CHECK).
    static func defaultDelayBeforeRetry(_ type: CheckerDraft.CheckerType) -> Duration? {
        switch type {
        case .http, .ssl: .seconds(3)
        case .dns: nil
        case .tcp, .misc, .smtp, .udp, .ping, .file: .seconds(1)
        }
    }
}
