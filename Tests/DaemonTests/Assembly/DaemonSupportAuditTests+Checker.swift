import KeepalivedConfig
import Testing

@testable import Daemon

extension DaemonSupportAuditTests {
    static let fileCheckConfig = """
        track_file weights {
            file /run/weights
            weight 4
        }
        virtual_server 10.0.0.100 80 {
            lb_kind NAT
            protocol TCP
            ha_suspend
            real_server 10.0.0.11 80 {
                FILE_CHECK {
                    track_file weights
                }
            }
        }

        """

    @Test func haSuspendAndFileCheckActSoNeitherIsAFinding() {
        #expect(Self.findings(Self.fileCheckConfig).isEmpty)
    }
}
