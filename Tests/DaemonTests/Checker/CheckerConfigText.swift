import Daemon
import Engine
import KeepalivedConfig

/// Loads keepalived.conf text held in memory and assembles it for the checker engine.
enum CheckerConfigText {
    static let path = "/etc/keepalived/keepalived.conf"

    static func load(_ text: String) -> ConfigLoadResult {
        KeepalivedConfigLoader.load(
            path: path, options: ParseOptions(configID: "lb1"), fileSystem: InMemoryFileSystem(files: [path: text]))
    }

    static func assemble(_ text: String) -> CheckerAssembly.Result {
        CheckerAssembly.assemble(load(text).configuration)
    }

    /// `virtual_server 10.0.0.100 80` (rr, NAT, TCP) with extra lines and one real server `10.0.1.1 8080`.
    static func virtualServer(_ lines: String = "", realServer: String = "", address: String = "10.0.0.100 80")
        -> String
    {
        """
        virtual_server \(address) {
            lb_algo rr
            lb_kind NAT
            protocol TCP
        \(lines)
            real_server 10.0.1.1 8080 {
        \(realServer)
            }
        }
        """
    }
}
