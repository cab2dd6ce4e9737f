import Foundation
import Glibc

/// Namespace tests need root and an explicit opt-in (`VIGIL_NETNS_TESTS=1`, set by scripts/test).
enum IntegrationGate {
    static var isOpen: Bool {
        getuid() == 0 && ProcessInfo.processInfo.environment["VIGIL_NETNS_TESTS"] == "1"
    }

    /// keepalived 2.2.7 from Debian, for the interop cases.
    static var hasKeepalived: Bool {
        isOpen && FileManager.default.isExecutableFile(atPath: "/usr/sbin/keepalived")
    }

    /// The `vigil` binary built beside this test bundle, or `VIGIL_BINARY`.
    static var vigilBinary: String {
        if let path = ProcessInfo.processInfo.environment["VIGIL_BINARY"] { return path }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("vigil").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return bundle.appendingPathComponent("vigil").path
    }
}
