/// Which test drives each supported keyword through the daemon: one row per keyword, data only.
/// `CompatibilityDocTests` checks that every keyword the catalog calls supported has a row, that the
/// named test exists in Tests/IntegrationTests (namespace tests of the daemon), and that its file (or
/// IntegrationTests/Support, which writes the instance blocks) uses the keyword in that block. `via`
/// names another block whose keyword shares the definition (the connection and schedule keywords every
/// checker reads) when the test drives the keyword there.
enum DaemonKeywordTestTable {
    struct Row: Sendable {
        var block: String
        var keyword: String
        var suite: String
        var test: String
        var via: String?

        init(_ block: String, _ keyword: String, _ suite: String, _ test: String, via: String? = nil) {
            self.block = block
            self.keyword = keyword
            self.suite = suite
            self.test = test
            self.via = via
        }
    }

    /// A keyword driven through the daemon by a script of the IPVS guest (scripts/ipvs-vm), which
    /// `scripts/test-ipvs.sh` runs in CI: IPVS exists only there.
    struct GuestRow: Sendable {
        var block: String
        var keyword: String
        var script: String

        init(_ block: String, _ keyword: String, script: String) {
            self.block = block
            self.keyword = keyword
            self.script = script
        }
    }

    static let guestRows: [GuestRow] = [
        GuestRow("global_defs", "lvs_sync_daemon", script: "scripts/ipvs-vm/sync-e2e.sh"),
    ]

    static let rows: [Row] = [
        Row("top level", "global_defs", "MiscCheckScriptNamespaceTests", "aMiscCheckRunsAsTheGlobalScriptUser"),
        Row("top level", "vrrp_script", "VigilFailoverTests", "aFailingWeightedScriptHandsMastershipOverAndBack"),
        Row("top level", "track_file", "TrackFileTests", "writingTheTrackedFileMovesThePriorityAndMastershipFollows"),
        Row("top level", "vrrp_sync_group", "SyncGroupTrackingTests", "theGroupsTrackedScriptAndInterfaceFaultItsInstance"),
        Row("top level", "vrrp_instance", "VigilServiceTests", "withoutMinusNAFailedStartReturnsTheDaemonsStatus"),
        Row("top level", "virtual_server", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("global_defs", "vrrp_priority", "RealtimeSchedulingTests", "theVRRPAndProbeThreadsRunAsConfiguredAndThePairStillFailsOver"),
        Row("global_defs", "vrrp_no_swap", "RealtimeSchedulingTests", "theVRRPAndProbeThreadsRunAsConfiguredAndThePairStillFailsOver"),
        Row("global_defs", "vrrp_rt_priority", "RealtimeSchedulingTests", "theVRRPAndProbeThreadsRunAsConfiguredAndThePairStillFailsOver"),
        Row("global_defs", "vrrp_cpu_affinity", "RealtimeSchedulingTests", "theVRRPAndProbeThreadsRunAsConfiguredAndThePairStillFailsOver"),
        Row("global_defs", "vrrp_rlimit_rttime", "RealtimeSchedulingTests", "theVRRPAndProbeThreadsRunAsConfiguredAndThePairStillFailsOver"),
        Row("global_defs", "checker_priority", "RealtimeSchedulingTests", "theVRRPAndProbeThreadsRunAsConfiguredAndThePairStillFailsOver"),
        Row("global_defs", "checker_no_swap", "RealtimeSchedulingTests", "theVRRPAndProbeThreadsRunAsConfiguredAndThePairStillFailsOver"),
        Row("global_defs", "checker_rt_priority", "RealtimeSchedulingTests", "theVRRPAndProbeThreadsRunAsConfiguredAndThePairStillFailsOver"),
        Row("global_defs", "checker_cpu_affinity", "RealtimeSchedulingTests", "theVRRPAndProbeThreadsRunAsConfiguredAndThePairStillFailsOver"),
        Row("global_defs", "checker_rlimit_rttime", "RealtimeSchedulingTests", "theVRRPAndProbeThreadsRunAsConfiguredAndThePairStillFailsOver"),
        Row("global_defs", "router_id", "VigilFailoverTests", "theBackupTakesOverWhenTheMasterIsKilledAndTheMasterPreemptsWhenItReturns"),
        Row("global_defs", "notification_email", "SMTPAlertTests", "aFailoverAndARealServerGoingDownAndUpEachDeliverTheirMail"),
        Row("global_defs", "notification_email_from", "SMTPAlertTests", "aFailoverAndARealServerGoingDownAndUpEachDeliverTheirMail"),
        Row("global_defs", "smtp_server", "SMTPAlertTests", "aFailoverAndARealServerGoingDownAndUpEachDeliverTheirMail"),
        Row("global_defs", "smtp_connect_timeout", "SMTPAlertTests", "aFailoverAndARealServerGoingDownAndUpEachDeliverTheirMail"),
        Row("global_defs", "smtp_alert", "SMTPAlertTests", "aFailoverAndARealServerGoingDownAndUpEachDeliverTheirMail"),
        Row("global_defs", "vrrp_version", "KeepalivedInteropTests", "oneMasterAfterConvergenceAndFailoverBothWays"),
        Row("global_defs", "script_user", "MiscCheckScriptNamespaceTests", "aMiscCheckRunsAsTheGlobalScriptUser"),
        Row("global_defs", "enable_script_security", "MiscCheckScriptNamespaceTests", "anInsecureMiscCheckIsRefusedAndItsRealServerGoesDown"),
        Row("global_defs", "notify_fifo", "NotifyFIFOTests", "aFailoverAndARealServerGoingDownAndUpWriteKeepalivedsLines"),
        Row("global_defs", "notify_fifo_script", "NotifyFIFOTests", "aFailoverAndARealServerGoingDownAndUpWriteKeepalivedsLines"),
        Row("global_defs", "vrrp_notify_fifo", "NotifyFIFOTests", "aFailoverAndARealServerGoingDownAndUpWriteKeepalivedsLines"),
        Row("global_defs", "vrrp_notify_fifo_script", "NotifyFIFOTests", "aFailoverAndARealServerGoingDownAndUpWriteKeepalivedsLines"),
        Row("global_defs", "lvs_notify_fifo", "NotifyFIFOTests", "aFailoverAndARealServerGoingDownAndUpWriteKeepalivedsLines"),
        Row("global_defs", "lvs_notify_fifo_script", "NotifyFIFOTests", "aFailoverAndARealServerGoingDownAndUpWriteKeepalivedsLines"),
        Row("top level", "vigil_bgp", "ECMPTests", "threeDirectorsShareTheVIPSurviveACrashAndWithdrawWhenUnhealthy"),
        Row("vigil_bgp", "control_socket", "ECMPTests", "threeDirectorsShareTheVIPSurviveACrashAndWithdrawWhenUnhealthy"),
        Row("vigil_bgp", "routes_file", "ECMPTests", "threeDirectorsShareTheVIPSurviveACrashAndWithdrawWhenUnhealthy"),
        Row("vigil_bgp", "birdc", "ECMPTests", "threeDirectorsShareTheVIPSurviveACrashAndWithdrawWhenUnhealthy"),
        Row("vigil_bgp", "announce", "ECMPTests", "threeDirectorsShareTheVIPSurviveACrashAndWithdrawWhenUnhealthy"),
        Row("announce", "track_script", "ECMPTests", "threeDirectorsShareTheVIPSurviveACrashAndWithdrawWhenUnhealthy"),
        Row("global_defs", "vrrp_startup_delay", "StartupDelayTests", "theMasterWaitsForTheDelayBeforeTakingTheAddresses"),
        Row("global_defs", "checker_log_all_failures", "LogAllFailuresTests", "everyFailedCheckOfAnUpCheckerIsLoggedBeforeItGoesDown"),
        Row("TCP_CHECK", "log_all_failures", "LogAllFailuresTests", "everyFailedCheckOfAnUpCheckerIsLoggedBeforeItGoesDown"),
        Row("HTTP_GET", "log_all_failures", "LogAllFailuresTests", "everyFailedCheckOfAnUpCheckerIsLoggedBeforeItGoesDown", via: "TCP_CHECK"),
        Row("SSL_GET", "log_all_failures", "LogAllFailuresTests", "everyFailedCheckOfAnUpCheckerIsLoggedBeforeItGoesDown", via: "TCP_CHECK"),
        Row("MISC_CHECK", "log_all_failures", "LogAllFailuresTests", "everyFailedCheckOfAnUpCheckerIsLoggedBeforeItGoesDown", via: "TCP_CHECK"),
        Row("SMTP_CHECK", "log_all_failures", "LogAllFailuresTests", "everyFailedCheckOfAnUpCheckerIsLoggedBeforeItGoesDown", via: "TCP_CHECK"),
        Row("DNS_CHECK", "log_all_failures", "LogAllFailuresTests", "everyFailedCheckOfAnUpCheckerIsLoggedBeforeItGoesDown", via: "TCP_CHECK"),
        Row("UDP_CHECK", "log_all_failures", "LogAllFailuresTests", "everyFailedCheckOfAnUpCheckerIsLoggedBeforeItGoesDown", via: "TCP_CHECK"),
        Row("PING_CHECK", "log_all_failures", "LogAllFailuresTests", "everyFailedCheckOfAnUpCheckerIsLoggedBeforeItGoesDown", via: "TCP_CHECK"),
        Row("global_defs", "vrrp_garp_interval", "GARPIntervalTests", "theTwoVIPsAreAnnouncedAnIntervalApart"),
        Row("global_defs", "vrrp_gna_interval", "GNAIntervalTests", "theTwoIPv6VIPsAreAdvertisedAnIntervalApart"),
        Row("virtual_server", "ha_suspend", "HASuspendTests", "noProbeReachesTheRealServerUntilTheVIPIsOnTheDirector"),
        Row("vrrp_instance", "track_src_ip", "TrackSourceAddressTests", "theInstanceFollowsItsConfiguredSourceAddress"),
        Row("global_defs", "rs_init_notifies", "RealServerInitialNotifyTests", "aRealServerThatStartsUpNotifiesAtStartOnlyWithTheKeyword"),
        Row("global_defs", "dynamic_interfaces", "DynamicInterfacesTests", "anInstanceWaitsInFaultForItsInterfaceAndFollowsItWhenReCreated"),
        Row("vrrp_instance", "notify_priority_changes", "NotifyPriorityChangesTests", "aTrackedFileChangingThePriorityWritesTheFIFOLine"),
        Row("global_defs", "startup_script", "StartStopScriptTests", "theStartupScriptRunsFirstAndTheShutdownScriptLast"),
        Row("global_defs", "startup_script_timeout", "StartStopScriptTests", "theStartupScriptRunsFirstAndTheShutdownScriptLast"),
        Row("global_defs", "shutdown_script", "StartStopScriptTests", "theStartupScriptRunsFirstAndTheShutdownScriptLast"),
        Row("global_defs", "shutdown_script_timeout", "StartStopScriptTests", "theStartupScriptRunsFirstAndTheShutdownScriptLast"),
        Row("global_defs", "lvs_flush", "LVSFlushTests", "theFlushesActOnVigilsTablesAndMinusIKeepsThem"),
        Row("global_defs", "lvs_flush_on_stop", "LVSFlushTests", "theFlushesActOnVigilsTablesAndMinusIKeepsThem"),
        Row("top level", "SSL", "SSLClientCertificateTests", "sslGetPresentsTheConfiguredClientCertificate"),
        Row("SSL", "password", "SSLClientCertificateTests", "sslGetPresentsTheConfiguredClientCertificate"),
        Row("SSL", "ca", "SSLClientCertificateTests", "sslGetPresentsTheConfiguredClientCertificate"),
        Row("SSL", "certificate", "SSLClientCertificateTests", "sslGetPresentsTheConfiguredClientCertificate"),
        Row("SSL", "key", "SSLClientCertificateTests", "sslGetPresentsTheConfiguredClientCertificate"),
        Row("global_defs", "fifo_write_vrrp_states_on_reload", "NotifyFIFOTests", "aFailoverAndARealServerGoingDownAndUpWriteKeepalivedsLines"),
        Row("vrrp_script", "script", "VigilFailoverTests", "aFailingWeightedScriptHandsMastershipOverAndBack"),
        Row("vrrp_script", "interval", "VigilFailoverTests", "aFailingWeightedScriptHandsMastershipOverAndBack"),
        Row("vrrp_script", "weight", "VigilFailoverTests", "aFailingWeightedScriptHandsMastershipOverAndBack"),
        Row("vrrp_script", "rise", "VRRPScriptRiseFallTests", "theWeightWaitsForFallFailuresAndRiseSuccesses"),
        Row("vrrp_script", "fall", "VRRPScriptRiseFallTests", "theWeightWaitsForFallFailuresAndRiseSuccesses"),
        Row("track_file", "file", "TrackFileTests", "writingTheTrackedFileMovesThePriorityAndMastershipFollows"),
        Row("track_file", "weight", "TrackFileTests", "writingTheTrackedFileMovesThePriorityAndMastershipFollows"),
        Row("track_file", "init_file", "TrackFileTests", "writingTheTrackedFileMovesThePriorityAndMastershipFollows"),
        Row("vrrp_sync_group", "group", "SyncGroupTrackingTests", "theGroupsTrackedScriptAndInterfaceFaultItsInstance"),
        Row("vrrp_sync_group", "track_interface", "SyncGroupTrackingTests", "theGroupsTrackedScriptAndInterfaceFaultItsInstance"),
        Row("vrrp_sync_group", "track_script", "SyncGroupTrackingTests", "theGroupsTrackedScriptAndInterfaceFaultItsInstance"),
        Row("vrrp_instance", "state", "VigilFailoverTests", "theBackupTakesOverWhenTheMasterIsKilledAndTheMasterPreemptsWhenItReturns"),
        Row("vrrp_instance", "interface", "VigilFailoverTests", "theBackupTakesOverWhenTheMasterIsKilledAndTheMasterPreemptsWhenItReturns"),
        Row("vrrp_instance", "virtual_router_id", "VigilFailoverTests", "theBackupTakesOverWhenTheMasterIsKilledAndTheMasterPreemptsWhenItReturns"),
        Row("vrrp_instance", "priority", "VigilFailoverTests", "theBackupTakesOverWhenTheMasterIsKilledAndTheMasterPreemptsWhenItReturns"),
        Row("vrrp_instance", "advert_int", "VigilFailoverTests", "theBackupTakesOverWhenTheMasterIsKilledAndTheMasterPreemptsWhenItReturns"),
        Row("vrrp_instance", "authentication", "VigilFailoverTests", "theBackupTakesOverWhenTheMasterIsKilledAndTheMasterPreemptsWhenItReturns"),
        Row("vrrp_instance", "virtual_ipaddress", "VigilFailoverTests", "theBackupTakesOverWhenTheMasterIsKilledAndTheMasterPreemptsWhenItReturns"),
        Row("vrrp_instance", "virtual_ipaddress_excluded", "DirectRoutingTests", "seed001ForwardsEveryClientToALiveRealServerAndMovesWithTheVIP"),
        Row("vrrp_instance", "unicast_src_ip", "VigilFailoverTests", "theBackupTakesOverWhenTheMasterIsKilledAndTheMasterPreemptsWhenItReturns"),
        Row("vrrp_instance", "unicast_peer", "VigilFailoverTests", "theBackupTakesOverWhenTheMasterIsKilledAndTheMasterPreemptsWhenItReturns"),
        Row("vrrp_instance", "track_interface", "VigilFailoverTests", "theBackupTakesOverWhenTheMasterIsKilledAndTheMasterPreemptsWhenItReturns"),
        Row("vrrp_instance", "track_script", "VigilFailoverTests", "theBackupTakesOverWhenTheMasterIsKilledAndTheMasterPreemptsWhenItReturns"),
        Row("vrrp_instance", "track_file", "TrackFileTests", "writingTheTrackedFileMovesThePriorityAndMastershipFollows"),
        Row("vrrp_instance", "smtp_alert", "SMTPAlertTests", "aFailoverAndARealServerGoingDownAndUpEachDeliverTheirMail"),
        Row("authentication", "auth_pass", "VigilFailoverTests", "theBackupTakesOverWhenTheMasterIsKilledAndTheMasterPreemptsWhenItReturns"),
        Row("virtual_server", "lb_algo", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("virtual_server", "lb_kind", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("virtual_server", "protocol", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("virtual_server", "persistence_timeout", "DirectRoutingTests", "seed001ForwardsEveryClientToALiveRealServerAndMovesWithTheVIP"),
        Row("virtual_server", "smtp_alert", "SMTPAlertTests", "aFailoverAndARealServerGoingDownAndUpEachDeliverTheirMail"),
        Row("virtual_server", "weight", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("virtual_server", "delay_loop", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("virtual_server", "connect_timeout", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("virtual_server", "retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("virtual_server", "delay_before_retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("virtual_server", "sorry_server", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("virtual_server", "real_server", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("real_server", "weight", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("real_server", "retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("real_server", "delay_before_retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("real_server", "connect_timeout", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("real_server", "delay_loop", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("real_server", "smtp_alert", "SMTPAlertTests", "aFailoverAndARealServerGoingDownAndUpEachDeliverTheirMail"),
        Row("real_server", "TCP_CHECK", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("real_server", "HTTP_GET", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("real_server", "MISC_CHECK", "MiscCheckScriptNamespaceTests", "aMiscCheckRunsAsTheGlobalScriptUser"),
        Row("TCP_CHECK", "connect_timeout", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("TCP_CHECK", "retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("TCP_CHECK", "delay_before_retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("TCP_CHECK", "delay_loop", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("HTTP_GET", "connect_timeout", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("HTTP_GET", "retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("HTTP_GET", "delay_before_retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("HTTP_GET", "delay_loop", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("HTTP_GET", "url", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("SSL_GET", "connect_timeout", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("SSL_GET", "retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("SSL_GET", "delay_before_retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("SSL_GET", "delay_loop", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("SSL_GET", "url", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "HTTP_GET"),
        Row("url", "path", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("url", "status_code", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends"),
        Row("MISC_CHECK", "retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("MISC_CHECK", "delay_before_retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("MISC_CHECK", "delay_loop", "MiscCheckScriptNamespaceTests", "aMiscCheckRunsAsTheGlobalScriptUser"),
        Row("MISC_CHECK", "misc_path", "MiscCheckScriptNamespaceTests", "aMiscCheckRunsAsTheGlobalScriptUser"),
        Row("MISC_CHECK", "misc_timeout", "MiscCheckScriptNamespaceTests", "aMiscCheckRunsAsTheGlobalScriptUser"),
        Row("SMTP_CHECK", "connect_timeout", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("SMTP_CHECK", "retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("SMTP_CHECK", "delay_before_retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("SMTP_CHECK", "delay_loop", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("host", "connect_timeout", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("DNS_CHECK", "connect_timeout", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("DNS_CHECK", "retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("DNS_CHECK", "delay_before_retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("DNS_CHECK", "delay_loop", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("UDP_CHECK", "connect_timeout", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("UDP_CHECK", "retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("UDP_CHECK", "delay_before_retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("UDP_CHECK", "delay_loop", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("PING_CHECK", "connect_timeout", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("PING_CHECK", "retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("PING_CHECK", "delay_before_retry", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("PING_CHECK", "delay_loop", "CheckerServiceNamespaceTests", "theDataPlaneFollowsRealServerHealthFromClientToBackends", via: "TCP_CHECK"),
        Row("real_server", "FILE_CHECK", "FileCheckTests", "theTrackedFilesMoveRealServersDownUpAndTheirWeights"),
        Row("FILE_CHECK", "track_file", "FileCheckTests", "theTrackedFilesMoveRealServersDownUpAndTheirWeights"),
        Row("FILE_CHECK", "weight", "FileCheckTests", "theTrackedFilesMoveRealServersDownUpAndTheirWeights"),
    ]
}
