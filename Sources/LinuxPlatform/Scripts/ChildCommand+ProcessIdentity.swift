
extension ChildCommand {
    /// setpriv(1), which switches identity and then execs the command (through `/bin/sh` when the
    /// file has no `#!` line, as execvp does).
    static let setpriv = "/usr/bin/setpriv"

    /// The command run as `identity`: its uid, its gid, and that gid as the only supplementary
    /// group. `posix_spawn` cannot switch identity itself, so setpriv does it before the exec.
    func runningAs(_ identity: ProcessIdentity) -> ChildCommand {
        var wrapped = self
        wrapped.executable = Self.setpriv
        wrapped.arguments =
            [
                "setpriv", "--reuid=\(identity.userID)", "--regid=\(identity.groupID)",
                "--groups=\(identity.groupID)", "--", executable,
            ] + arguments.dropFirst()
        return wrapped
    }
}
