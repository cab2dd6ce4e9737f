extension GlobalDefinitions {
    var jsonValue: JSONValue {
        .object(identityMembers + vrrp.jsonMembers + scriptMembers + lvsMembers)
    }

    private var identityMembers: [JSONMember] {
        [
            JSONMember("router_id", .optional(routerID)),
            JSONMember("notification_email", .strings(email.recipients)),
            JSONMember("notification_email_from", .optional(email.sender)),
            JSONMember(
                "smtp_server",
                email.server.map { .object(["host": .string($0.host), "port": .integer($0.port)]) }
                    ?? .null),
            JSONMember("smtp_helo_name", .optional(email.heloName)),
            JSONMember("smtp_connect_timeout", .seconds(email.connectTimeout)),
            JSONMember("smtp_alert", .bool(email.alert)),
            JSONMember("smtp_alert_vrrp", .bool(email.alertVRRP)),
            JSONMember("smtp_alert_checker", .bool(email.alertChecker)),
            JSONMember("no_email_faults", .bool(email.noEmailFaults)),
            JSONMember("no_checker_emails", .bool(email.noCheckerEmails)),
            JSONMember("checker_log_all_failures", .bool(checkerLogAllFailures)),
        ]
    }

    private var scriptMembers: [JSONMember] {
        [
            JSONMember("script_user", .optional(scripts.user)),
            JSONMember("script_group", .optional(scripts.group)),
            JSONMember("enable_script_security", .bool(scripts.enableScriptSecurity)),
            JSONMember("startup_script", scripts.startupScript.jsonValue),
            JSONMember("startup_script_timeout", .seconds(scripts.startupScriptTimeout)),
            JSONMember("shutdown_script", scripts.shutdownScript.jsonValue),
            JSONMember("shutdown_script_timeout", .seconds(scripts.shutdownScriptTimeout)),
            JSONMember("notify_fifo", fifos.all.map(\.jsonValue) ?? .null),
            JSONMember("vrrp_notify_fifo", fifos.vrrp.map(\.jsonValue) ?? .null),
            JSONMember("lvs_notify_fifo", fifos.lvs.map(\.jsonValue) ?? .null),
            JSONMember("fifo_write_vrrp_states_on_reload", .bool(fifos.writeVRRPStatesOnReload)),
        ]
    }

    private var lvsMembers: [JSONMember] {
        [
            JSONMember(
                "lvs_timeouts",
                .object([
                    "tcp": .seconds(lvs.tcpTimeout), "tcpfin": .seconds(lvs.tcpFinTimeout),
                    "udp": .seconds(lvs.udpTimeout),
                ])),
            JSONMember("lvs_flush", .bool(lvs.flushAtStart)),
            JSONMember("lvs_flush_on_stop", .string(lvs.flushOnStop.rawValue)),
            JSONMember("rs_init_notifies", .bool(lvs.realServerInitialNotifies)),
        ]
    }
}

extension GlobalVRRPSettings {
    var jsonMembers: [JSONMember] {
        [
            JSONMember("vrrp_mcast_group4", .text(multicastGroup4)),
            JSONMember("vrrp_mcast_group6", .text(multicastGroup6)),
            JSONMember("default_interface", .text(defaultInterface)),
            JSONMember("vrrp_garp_master_delay", .seconds(garp.masterDelay)),
            JSONMember("vrrp_garp_master_repeat", .integer(garp.masterRepeat)),
            JSONMember("vrrp_garp_master_refresh", .seconds(garp.masterRefresh)),
            JSONMember("vrrp_garp_master_refresh_repeat", .integer(garp.masterRefreshRepeat)),
            JSONMember("vrrp_garp_lower_prio_delay", .seconds(garp.lowerPriorityDelay)),
            JSONMember("vrrp_garp_lower_prio_repeat", .integer(garp.lowerPriorityRepeat)),
            JSONMember("vrrp_garp_interval", .seconds(garpInterval)),
            JSONMember("vrrp_gna_interval", .seconds(gnaInterval)),
            JSONMember("vrrp_min_garp", .bool(minimalGARP)),
            JSONMember("vrrp_down_timer_adverts", .integer(downTimerAdverts)),
            JSONMember("vrrp_lower_prio_no_advert", .bool(lowerPriorityNoAdvert)),
            JSONMember("vrrp_higher_prio_send_advert", .bool(higherPrioritySendAdvert)),
            JSONMember("vrrp_owner_ignore_adverts", .bool(ownerIgnoresAdverts)),
            JSONMember("vrrp_version", .integer(version.rawValue)),
            JSONMember("v3_checksum_as_v2", .bool(v3ChecksumAsV2)),
            JSONMember("vrrp_check_unicast_src", .bool(checkUnicastSource)),
            JSONMember("vrrp_skip_check_adv_addr", .bool(skipCheckAdvertAddresses)),
            JSONMember("vrrp_strict", .bool(strict)),
            JSONMember("vrrp_notify_priority_changes", .bool(notifyPriorityChanges)),
            JSONMember("vrrp_startup_delay", .seconds(startupDelay)),
            JSONMember("vrrp_delay_after_boot", .seconds(delayAfterBoot)),
            JSONMember("log_unknown_vrids", .bool(logUnknownVRIDs)),
            JSONMember("dynamic_interfaces", .bool(dynamicInterfaces)),
            JSONMember("dynamic_interfaces_allow_if_changes", .bool(allowInterfaceChanges)),
        ]
    }
}

extension NotifyFIFO {
    var jsonValue: JSONValue {
        .object(["path": .string(path), "user": .optional(user), "group": .optional(group), "script": script.jsonValue])
    }
}
