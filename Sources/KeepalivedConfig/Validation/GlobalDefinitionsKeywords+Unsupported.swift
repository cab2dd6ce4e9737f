/// `global_defs` keywords vigil recognises but does not implement, with the reason shown to the user.
extension GlobalDefinitionsKeywords {
    static let unsupported: [GlobalKeyword] =
        GlobalKeyword.unsupported(
            [
                "process_names", "process_name", "vrrp_process_name", "checker_process_name", "lvs_process_name",
                "bfd_process_name",
            ],
            "vigil runs as one process")
        + GlobalKeyword.unsupported(
            ["max_auto_priority", "min_auto_priority_delay"],
            "not implemented yet: vigil does not raise the VRRP thread's real-time priority when it runs late; "
                + "set vrrp_rt_priority")
        + GlobalKeyword.unsupported(
            [
                "bfd_priority", "bfd_no_swap", "bfd_rt_priority", "bfd_cpu_affinity", "bfd_rlimit_rttime",
                "bfd_rlimit_rtime",
            ],
            "vigil does not implement BFD")
        + GlobalKeyword.unsupported(
            [
                "snmp_socket", "enable_traps", "enable_snmp_vrrp", "enable_snmp_keepalived", "enable_snmp_rfc",
                "enable_snmp_rfcv2", "enable_snmp_rfcv3", "enable_snmp_checker", "snmp_vs_stats_update_interval",
                "snmp_rs_stats_update_interval",
            ],
            "vigil has no SNMP agent; use its status endpoint and metrics")
        + GlobalKeyword.unsupported(
            ["enable_dbus", "dbus_service_name", "dbus_no_interface_name"],
            "vigil has no D-Bus interface; use its status endpoint")
        + GlobalKeyword.unsupported(
            [
                "vrrp_iptables", "vrrp_ipsets", "nftables", "nftables_priority", "nftables_ifindex",
                "nftables_counters", "nftables_ipvs", "nftables_ipvs_priority", "nftables_ipvs_start_fwmark",
            ],
            "vigil does not install keepalived's firewall rules for no_accept, VMACs or group fwmarks")
        + GlobalKeyword.unsupported(
            [
                "vrrp_netlink_cmd_rcv_bufs", "vrrp_netlink_cmd_rcv_bufs_force", "vrrp_netlink_monitor_rcv_bufs",
                "vrrp_netlink_monitor_rcv_bufs_force", "process_monitor_rcv_bufs", "process_monitor_rcv_bufs_force",
                "lvs_netlink_cmd_rcv_bufs", "lvs_netlink_cmd_rcv_bufs_force", "lvs_netlink_monitor_rcv_bufs",
                "lvs_netlink_monitor_rcv_bufs_force", "vrrp_rx_bufs_policy", "vrrp_rx_bufs_multiplier",
            ],
            "vigil sizes its socket buffers itself")
        + GlobalKeyword.unsupported(
            ["vmac_prefix", "vmac_addr_prefix", "vrrp_garp_extra_if", "vrrp_vmac_garp_intvl"],
            "vigil does not create VMAC interfaces")
        + GlobalKeyword.unsupported(["disable_local_igmp"], "not implemented yet")
        + GlobalKeyword.unsupported(
            ["use_symlink_paths", "set_supplementary_groups", "umask"], "not implemented yet")
        + GlobalKeyword.unsupported(
            ["state_dump_file", "stats_dump_file", "json_dump_file", "json_version", "data_use_instance"],
            "vigil reports state through 'vigil status' and its status endpoint, not dump files")
        + GlobalKeyword.unsupported(
            [
                "reload_check_config", "reload_time_file", "reload_repeat", "reload_file", "config_save_dir",
                "tmp_config_directory",
            ],
            "vigil always checks a new configuration before applying it on reload")
        + GlobalKeyword.unsupported(["random_seed"], "set the seed of ${_RANDOM} on vigil's command line")
        + [
            GlobalKeyword("include_check", support: .supported) { _, _, _ in
                // The text front end applies include_check while it reads includes.
            }
        ]
        + GlobalKeyword.unsupported(
            ["iproute_usr_dir", "iproute_etc_dir"], "vigil reads route table and scope names as written")
}
