import ArgumentParser
import Daemon
import KeepalivedConfig
import LinuxPlatform

/// The options every command that reads a configuration shares: keepalived's `-f/--use-file` and
/// `-i/--config-id`.
struct ConfigSource: ParsableArguments {
    static let defaultPath = "/etc/keepalived/keepalived.conf"

    @Option(name: [.customShort("f"), .customLong("use-file")], help: "The configuration file to read.")
    var file: String = ConfigSource.defaultPath

    @Option(
        name: [.customShort("i"), .customLong("config-id")],
        help: "The id that '@ID' lines match (default: the short host name).")
    var configID: String?

    /// Loads and validates the configuration from disk, auditing script security as keepalived does.
    func load() -> ConfigLoadResult {
        let options = ParseOptions(
            configID: configID ?? ShortHostname.current(),
            workingDirectory: CurrentDirectory.path())
        var result = KeepalivedConfigLoader.load(path: file, options: options, fileSystem: PosixConfigFileSystem())
        result.diagnostics += ScriptSecurityAudit.audit(result.configuration)
        return result
    }
}
