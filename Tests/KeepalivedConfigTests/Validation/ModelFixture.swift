@testable import KeepalivedConfig

/// Loads configuration text held in memory through the whole pipeline (text front end, then model).
enum ModelFixture {
    static let path = "/etc/keepalived/keepalived.conf"

    static func load(_ text: String, files: [String: String] = [:], configID: String = "lb1") -> ConfigLoadResult {
        var all = files
        all[path] = text
        return KeepalivedConfigLoader.load(
            path: path, options: ParseOptions(configID: configID), fileSystem: InMemoryFileSystem(files: all))
    }

    /// A minimal valid instance with extra lines inside its block.
    static func instance(_ lines: String, name: String = "VI_1", vrid: Int = 51, interface: String? = "eth0") -> String
    {
        """
        vrrp_instance \(name) {
        \(interface.map { "    interface \($0)" } ?? "")
            virtual_router_id \(vrid)
            virtual_ipaddress {
                10.0.0.1
            }
        \(lines)
        }
        """
    }

    /// A minimal valid virtual server with extra lines inside its block and one real server.
    static func virtualServer(_ lines: String, realServer: String = "", address: String = "10.0.0.100 80") -> String {
        """
        virtual_server \(address) {
            lb_algo rr
            lb_kind NAT
            protocol TCP
        \(lines)
            real_server 10.0.1.1 80 {
        \(realServer)
            }
        }
        """
    }
}

extension ConfigLoadResult {
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    var messages: [String] { diagnostics.map(\.message) }

    /// True when some diagnostic's message contains `fragment`.
    func mentions(_ fragment: String) -> Bool { diagnostics.contains { $0.message.contains(fragment) } }

    /// The diagnostic whose message contains `fragment`.
    func diagnostic(_ fragment: String) -> Diagnostic? { diagnostics.first { $0.message.contains(fragment) } }

    var instance: VRRPInstance? { configuration.vrrpInstances.first }
    var virtualServer: VirtualServer? { configuration.virtualServers.first }
}
