extension HealthChecker {
    var jsonValue: JSONValue {
        .object([JSONMember("type", .string(keyword))] + connectionMembers + scheduleMembers + kindMembers)
    }

    private var connectionMembers: [JSONMember] {
        guard let connection else { return [] }
        return [
            JSONMember("connect_ip", .text(connection.address)),
            JSONMember("connect_port", .integer(connection.port)),
            JSONMember("bindto", .text(connection.bindAddress)),
            JSONMember("bind_port", .integer(connection.bindPort)),
            JSONMember("bind_if", .text(connection.bindInterface)),
            JSONMember("connect_timeout", .seconds(connection.connectTimeout)),
            JSONMember("fwmark", .integer(connection.firewallMark)),
        ]
    }

    private var scheduleMembers: [JSONMember] {
        guard let schedule else { return [] }
        return [
            JSONMember("delay_loop", .seconds(schedule.delayLoop)),
            JSONMember("retry", .integer(schedule.retry)),
            JSONMember("delay_before_retry", .seconds(schedule.delayBeforeRetry)),
            JSONMember("warmup", .seconds(schedule.warmup)),
            JSONMember("alpha", .bool(schedule.alpha)),
            JSONMember("log_all_failures", .bool(schedule.logAllFailures)),
        ]
    }

    private var kindMembers: [JSONMember] {
        switch kind {
        case .tcp, .ping: []
        case .http(let check), .ssl(let check): check.jsonMembers
        case .misc(let check):
            [
                JSONMember("misc_path", check.script.jsonValue), JSONMember("misc_timeout", .seconds(check.timeout)),
                JSONMember("misc_dynamic", .bool(check.dynamic)), JSONMember("user", .optional(check.user)),
                JSONMember("group", .optional(check.group)),
            ]
        case .smtp(let check): [JSONMember("helo_name", .string(check.heloName))]
        case .dns(let check):
            [JSONMember("type", .string(check.queryType.rawValue)), JSONMember("name", .string(check.name))]
        case .udp(let check):
            [
                JSONMember("payload", .string(check.payload.map { hex($0) }.joined())),
                JSONMember("require_reply", requireReplyJSON(check)),
                JSONMember("min_reply_length", .integer(check.minimumReplyLength)),
                JSONMember("max_reply_length", .integer(check.maximumReplyLength)),
            ]
        case .file(let check):
            [JSONMember("track_file", .string(check.trackFile)), JSONMember("weight", check.weight.jsonValue)]
        }
    }

    private func requireReplyJSON(_ check: UDPCheck) -> JSONValue {
        guard check.requiresReply else { return .bool(false) }
        return check.requiredReply.map { .string($0) } ?? .bool(true)
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xf)]])
    }
}

extension HTTPCheck {
    var jsonMembers: [JSONMember] {
        [
            JSONMember(
                "url",
                .array(urls) { url in
                    .object([
                        "path": .string(url.path), "digest": .optional(url.digest),
                        "status_code": .array(url.statusCodes) {
                            $0.count == 1 ? .integer($0.lowerBound) : .string("\($0.lowerBound)-\($0.upperBound)")
                        },
                        "virtualhost": .optional(url.virtualhost), "regex": .optional(url.regex),
                        "regex_no_match": .bool(url.regexNoMatch), "regex_options": .strings(url.regexOptions),
                        "regex_min_offset": .integer(url.regexMinimumOffset),
                        "regex_max_offset": .integer(url.regexMaximumOffset),
                    ])
                }),
            JSONMember("virtualhost", .optional(virtualhost)),
            JSONMember("http_protocol", .string(httpProtocol.rawValue)),
            JSONMember("fast_recovery", .bool(fastRecovery)),
            JSONMember("enable_sni", .bool(enableSNI)),
            JSONMember("sni_name", .optional(sniName)),
            JSONMember("tls_compliant", .bool(tlsCompliant)),
        ]
    }
}
