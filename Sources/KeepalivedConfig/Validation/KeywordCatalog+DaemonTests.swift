/// Keywords vigil reads, validates and hands to the daemon, but that no test yet drives through the
/// daemon in a network namespace: Docs/Compatibility.md lists them as partial, with this note, until
/// one does. Adding such a test means adding its row to the table of daemon-driven tests
/// (Tests/KeepalivedConfigTests/Corpus/DaemonKeywordTestTable.swift) and removing the keyword here;
/// CompatibilityDocTests fails while a keyword is in both, or in neither while supported.
extension KeywordCatalog {
    /// What a keyword listed here lacks, as the documentation says it.
    static let awaitingDaemonTestNote = "no test drives it through the daemon yet"

    /// Block name -> the keywords of that block that await a daemon-driven test.
    static let awaitingDaemonTest: [String: Set<String>] = [
        "top level": [
            "vrrp_track_file", "virtual_server_group",
        ],
        "global_defs": [
            "smtp_helo_name", "smtp_alert_vrrp", "smtp_alert_checker", "no_email_faults",
            "no_checker_emails", "vrrp_mcast_group4", "vrrp_mcast_group6", "default_interface",
            "vrrp_down_timer_adverts", "vrrp_lower_prio_no_advert", "vrrp_higher_prio_send_advert",
            "vrrp_owner_ignore_adverts", "v3_checksum_as_v2", "vrrp_check_unicast_src", "vrrp_skip_check_adv_addr",
            "vrrp_strict", "vrrp_notify_priority_changes", "vrrp_delay_after_boot",
            "vrrp_garp_master_delay", "vrrp_garp_master_repeat",
            "vrrp_garp_master_refresh", "vrrp_garp_master_refresh_repeat", "vrrp_garp_lower_prio_delay",
            "vrrp_garp_lower_prio_repeat", "vrrp_min_garp",
            "lvs_timeouts", "include_check",
        ],
        "vrrp_script": [
            "timeout", "user", "init_fail",
        ],
        "vrrp_sync_group": [
            "track_file", "notify_master", "notify_backup", "notify_fault", "notify_stop", "notify", "smtp_alert",
            "notify_priority_changes", "sync_group_tracking_weight",
        ],
        "vrrp_instance": [
            "version", "preempt", "nopreempt", "preempt_delay", "no_virtual_ipaddress", "mcast_src_ip",
            "mcast_dst_ip", "unicast_ttl", "unicast_fault_no_peer", "check_unicast_src", "old_unicast_checksum",
            "dont_track_primary", "accept", "skip_check_adv_addr",
            "v3_checksum_as_v2", "down_timer_adverts", "lower_prio_no_advert", "higher_prio_send_advert",
            "owner_ignore_adverts", "promote_secondaries",
            "notify_master", "notify_backup", "notify_fault", "notify_stop", "notify_deleted",
            "notify_master_rx_lower_pri", "notify", "garp_master_delay", "garp_master_repeat", "garp_master_refresh",
            "garp_master_refresh_repeat", "garp_lower_prio_delay", "garp_lower_prio_repeat",
        ],
        "virtual_server": [
            "lvs_sched", "lvs_method", "hashed", "ops", "flag-1", "flag-2", "flag-3", "sh-port", "sh-fallback",
            "mh-port", "mh-fallback", "ip_family", "persistence_granularity", "persistence_engine",
            "alpha", "inhibit_on_failure", "virtualhost", "warmup", "quorum", "hysteresis", "quorum_up",
            "quorum_down", "sorry_server_inhibit", "sorry_server_lvs_method",
        ],
        "real_server": [
            "lvs_method", "uthreshold", "lthreshold", "inhibit_on_failure", "notify_up", "notify_down", "alpha",
            "warmup", "virtualhost", "SSL_GET", "SMTP_CHECK", "DNS_CHECK", "UDP_CHECK", "PING_CHECK",
        ],
        "TCP_CHECK": [
            "connect_ip", "connect_port", "bindto", "bind_port", "bind_if", "fwmark", "warmup", "alpha",
        ],
        "HTTP_GET": [
            "connect_ip", "connect_port", "bindto", "bind_port", "bind_if", "fwmark", "warmup", "alpha",
            "virtualhost", "http_protocol",
        ],
        "SSL_GET": [
            "connect_ip", "connect_port", "bindto", "bind_port", "bind_if", "fwmark", "warmup", "alpha",
            "virtualhost", "http_protocol", "enable_sni", "sni_name",
        ],
        "url": [
            "digest", "virtualhost", "regex", "regex_no_match",
        ],
        "MISC_CHECK": [
            "warmup", "alpha", "misc_dynamic", "user",
        ],
        "SMTP_CHECK": [
            "connect_ip", "connect_port", "bindto", "bind_port", "bind_if", "fwmark", "warmup", "alpha",
            "helo_name",
        ],
        "host": [
            "connect_ip", "connect_port", "bindto", "bind_port", "bind_if", "fwmark",
        ],
        "DNS_CHECK": [
            "connect_ip", "connect_port", "bindto", "bind_port", "bind_if", "fwmark", "warmup", "alpha",
            "type", "name",
        ],
        "UDP_CHECK": [
            "connect_ip", "connect_port", "bindto", "bind_port", "bind_if", "fwmark", "warmup", "alpha",
            "payload", "require_reply", "min_reply_length", "max_reply_length",
        ],
        "PING_CHECK": [
            "connect_ip", "connect_port", "bindto", "bind_port", "bind_if", "fwmark", "warmup", "alpha",
        ],
    ]

    /// `support`, or partial when the keyword awaits a daemon-driven test.
    static func verified(_ support: KeywordSupport, block: String, keyword: String) -> KeywordSupport {
        guard support == .supported, awaitingDaemonTest[block]?.contains(keyword) == true else { return support }
        return .partial(awaitingDaemonTestNote)
    }
}
