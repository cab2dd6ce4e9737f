import Glibc

/// The `posix_spawn` file actions and attributes every child gets (see `ChildProcess`).
enum SpawnSetup {
    /// Standard streams as the command says, then every other descriptor closed: NIO's sockets and
    /// Foundation's descriptors are not all close-on-exec, and a child must hold none of them.
    static func streams(_ command: ChildCommand, _ actions: inout posix_spawn_file_actions_t) throws(SystemError) {
        let streams = [
            (STDIN_FILENO, command.standardInput), (STDOUT_FILENO, command.standardOutput),
            (STDERR_FILENO, command.standardError),
        ]
        for (number, stream) in streams {
            switch stream {
            case .null:
                let mode = number == STDIN_FILENO ? O_RDONLY : O_WRONLY
                try System.checkingReturnedError("posix_spawn_file_actions_addopen") {
                    posix_spawn_file_actions_addopen(&actions, number, "/dev/null", mode, 0)
                }
            case .inherit:
                break
            case .descriptor(let fd):
                try System.checkingReturnedError("posix_spawn_file_actions_adddup2") {
                    posix_spawn_file_actions_adddup2(&actions, fd, number)
                }
            }
        }
        var firstClosed = STDERR_FILENO + 1
        if let passed = command.passedDescriptor {
            try System.checkingReturnedError("posix_spawn_file_actions_adddup2") {
                posix_spawn_file_actions_adddup2(&actions, passed, firstClosed)
            }
            firstClosed += 1
        }
        if let closeFrom = closeFromAction {
            try System.checkingReturnedError("posix_spawn_file_actions_addclosefrom_np") {
                closeFrom(&actions, firstClosed)
            }
        }
    }

    /// All signals at their default disposition, none blocked, whatever the daemon's threads use;
    /// and, when asked, a new process group or a new session led by the child.
    static func attributes(
        newProcessGroup: Bool, newSession: Bool = false, _ attributes: inout posix_spawnattr_t
    ) throws(SystemError) {
        var defaults = sigset_t()
        var mask = sigset_t()
        sigfillset(&defaults)
        sigemptyset(&mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        var flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
        if newProcessGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        if newSession { flags |= spawnNewSession }
        try System.checkingReturnedError("posix_spawnattr_setflags") {
            posix_spawnattr_setflags(&attributes, Int16(flags))
        }
    }

    /// glibc's `POSIX_SPAWN_SETSID`, which spawn.h hides without `_GNU_SOURCE`.
    private static let spawnNewSession: Int32 = 0x80

    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, CInt) -> CInt

    /// glibc ≥ 2.34 has `posix_spawn_file_actions_addclosefrom_np`, but its header hides it without
    /// `_GNU_SOURCE`, so it is looked up at run time.
    private static let closeFromAction: CloseFrom? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        else { return nil }
        return unsafeBitCast(symbol, to: CloseFrom.self)
    }()
}
