import Engine
import HealthCheck
import KeepalivedConfig
import LoadBalancer
import NetworkPrimitives

extension CheckerAssembly {
    /// How often a FILE_CHECK reads its file (keepalived reacts to inotify; track_file is read as often).
    static let fileCheckInterval: Duration = .milliseconds(250)

    /// The checkers of one real server; a FILE_CHECK reads its track_file (`trackFiles`: name to path).
    static func checkerKeys(
        of server: RealServer, in virtualServer: VirtualServer, vetting: ScriptVetting, trackFiles: [String: String],
        warnings: inout [String]
    ) -> [CheckerKey] {
        server.checkers.compactMap { checker in
            if case .file(let file) = checker.kind {
                return fileCheckerKey(file, of: server, trackFiles: trackFiles, warnings: &warnings)
            }
            guard let schedule = checker.schedule,
                let probe = probeKey(checker, of: server, in: virtualServer, vetting: vetting, warnings: &warnings)
            else {
                warnings.append(
                    "\(checker.location): \(checker.keyword) is not supported; real server \(server.address) port \(server.port) is checked without it"
                )
                return nil
            }
            return CheckerKey(
                probe: probe,
                schedule: CheckerSchedule(
                    delayLoop: schedule.delayLoop, retry: schedule.retry, delayBeforeRetry: schedule.delayBeforeRetry,
                    warmup: schedule.warmup, alpha: schedule.alpha, logAllFailures: schedule.logAllFailures))
        }
    }

    /// FILE_CHECK: no connection and no schedule of its own; the file is read every
    /// `fileCheckInterval`, a change counts at once (retry 0, no warmup, no alpha), as keepalived
    /// knows the file's state at once.
    private static func fileCheckerKey(
        _ file: FileCheck, of server: RealServer, trackFiles: [String: String], warnings: inout [String]
    ) -> CheckerKey? {
        guard let path = trackFiles[file.trackFile] else {
            warnings.append("FILE_CHECK of RS \(server.address) port \(server.port): track_file \(file.trackFile) not found")
            return nil
        }
        let probe = FileProbe(
            path: path, weight: file.weight.value, reverse: file.weight.reverse, baseWeight: Int(server.weight))
        return CheckerKey(
            probe: ProbeKey(
                target: ProbeTarget(address: server.address, port: server.port), spec: .file(probe),
                timeout: .seconds(1)),
            schedule: CheckerSchedule(
                delayLoop: fileCheckInterval, retry: 0, delayBeforeRetry: fileCheckInterval, warmup: .zero,
                alpha: false))
    }

    static func probeKey(
        _ checker: HealthChecker, of server: RealServer, in virtualServer: VirtualServer, vetting: ScriptVetting,
        warnings: inout [String]
    ) -> ProbeKey? {
        if case .misc(let misc) = checker.kind {
            let probe = miscProbe(misc, of: server, vetting: vetting, warnings: &warnings)
            return ProbeKey(
                target: ProbeTarget(address: server.address, port: 0), spec: .misc(probe), timeout: misc.timeout)
        }
        guard let connection = checker.connection, let spec = spec(checker.kind, of: server, in: virtualServer) else {
            return nil
        }
        let target = ProbeTarget(
            address: connection.address, port: connection.port, bindAddress: connection.bindAddress,
            bindPort: connection.bindPort, bindInterface: connection.bindInterface, fwmark: connection.firewallMark)
        return ProbeKey(target: target, spec: spec, timeout: connection.connectTimeout)
    }

    /// MISC_CHECK runs as its `user`, else the default script user (as `vrrp_script` does); an
    /// insecure script stays configured, and the script runner refuses it at every check.
    private static func miscProbe(
        _ misc: MiscCheck, of server: RealServer, vetting: ScriptVetting, warnings: inout [String]
    ) -> MiscProbe {
        var command = misc.script
        command.user = misc.user
        command.group = misc.group
        let (_, notes) = vetting.vet(command, name: "MISC_CHECK of RS \(server.address) port \(server.port)")
        warnings += notes.map(\.message)
        let user = vetting.identity.user(for: misc.user.map { ScriptUser(name: $0, group: misc.group) })
        return MiscProbe(
            command: misc.script.commandLine, dynamic: misc.dynamic, user: user?.name, group: user?.group,
            enforcesScriptSecurity: vetting.security.isEnforced)
    }

    private static func spec(_ kind: HealthChecker.Kind, of server: RealServer, in virtualServer: VirtualServer)
        -> ProbeSpec?
    {
        let fallbackHost = server.virtualhost ?? virtualServer.virtualhost
        switch kind {
        case .tcp: return .tcpConnect
        case .ping: return .ping
        case .http(let check): return .http(http(check, tls: nil, fallbackHost: fallbackHost))
        case .ssl(let check):
            let tls = HTTPProbe.TLS(
                enableSNI: check.enableSNI, serverName: check.sniName, compliant: check.tlsCompliant)
            return .http(http(check, tls: tls, fallbackHost: fallbackHost))
        case .smtp(let check): return .smtp(SMTPProbe(heloName: check.heloName))
        case .dns(let check):
            return .dns(
                DNSProbe(type: DNSProbe.QueryType(rawValue: check.queryType.rawValue) ?? .soa, name: check.name))
        case .udp(let check): return .udp(udp(check))
        case .misc, .file: return nil
        }
    }

    /// Virtual host precedence: url, checker, real server, virtual server (Docs/Keepalived.md §4.2).
    private static func http(_ check: HTTPCheck, tls: HTTPProbe.TLS?, fallbackHost: String?)
        -> HTTPProbe
    {
        let version: HTTPProbe.ProtocolVersion =
            switch check.httpProtocol {
            case .http10: .http10
            case .http10Close: .http10Close
            case .http11: .http11
            }
        let urls = check.urls.map { url in
            HTTPProbe.URLCheck(
                path: url.path, statusCodes: url.statusCodes, digest: url.digest, virtualHost: url.virtualhost,
                regex: url.regex, regexMustMatch: !url.regexNoMatch)
        }
        return HTTPProbe(urls: urls, virtualHost: check.virtualhost ?? fallbackHost, protocolVersion: version, tls: tls)
    }

    private static func udp(_ check: UDPCheck) -> UDPProbe {
        UDPProbe(
            payload: check.payload, requiredReply: check.requiresReply ? replyPattern(check.requiredReply ?? "") : nil,
            minimumReplyLength: check.minimumReplyLength, maximumReplyLength: check.maximumReplyLength)
    }

    /// `require_reply` hex, two digits a byte; a byte with an `X` digit matches anything.
    static func replyPattern(_ hex: String) -> [UInt8?] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count - 1, by: 2).map { index in
            let pair = digits[index...index + 1]
            guard !pair.contains(where: { $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "x") }) else { return nil }
            return UInt8(String(decoding: pair, as: UTF8.self), radix: 16)
        }
    }
}
