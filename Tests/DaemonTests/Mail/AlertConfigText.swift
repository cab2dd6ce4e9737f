/// keepalived.conf fragments for the alerting tests.
enum AlertConfigText {
    /// `global_defs` mailing `ops@example.com` through `127.0.0.1:port` (no server when `port` is nil).
    static func globals(port: UInt16?, extra: String = "") -> String {
        """
        global_defs {
            notification_email {
                ops@example.com
            }
            notification_email_from vigil@lb1.example.com
            \(port.map { "smtp_server 127.0.0.1 \($0)" } ?? "")
            smtp_connect_timeout 5
            router_id LB_TEST
        \(extra)
        }

        """
    }

    /// `vrrp_instance NAME` on eth0 with one VIP; `lines` go inside.
    static func instance(_ name: String, vrid: Int, lines: String = "") -> String {
        """
        vrrp_instance \(name) {
            state BACKUP
            interface eth0
            virtual_router_id \(vrid)
            priority 100
            advert_int 1
        \(lines)
            virtual_ipaddress {
                192.0.2.\(vrid)/24
            }
        }

        """
    }
}
