import Engine
import KeepalivedConfig

extension ScriptVetting {
    /// A `vrrp_script` as the engines run it: its command with its `user` (else `script_user`),
    /// vetted; nil, with the reasons, when script security refuses it.
    func checkScript(_ script: VRRPScript) -> (CheckScript?, [LogRecord]) {
        var command = script.script
        if command.user == nil, let user = script.user {
            command.user = user
            command.group = script.group
        }
        let (line, notes) = vet(command, name: script.name)
        guard let line else { return (nil, notes) }
        return (
            CheckScript(
                name: script.name, command: line, interval: script.interval, timeout: script.timeout,
                rise: script.rise, fall: script.fall, initiallyFailed: script.initFail), notes
        )
    }
}
