import Glibc

/// Starts a script the way keepalived runs checker scripts (reference §4.1): in its own process
/// group (so a timeout can signal everything it started), stdio on /dev/null, no inherited
/// descriptors beyond stdio, default signal dispositions and an empty signal mask.
enum ProcessSpawner {
    struct SpawnError: Error, Hashable {
        var call: String
        var errno: CInt
    }

    /// Spawns `path` with `arguments` (argv, including argv[0]) and the daemon's environment.
    static func spawn(path: String, arguments: [String]) throws(SpawnError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        try configure(&actions, &attributes)
        var pid: pid_t = 0
        let status = withCStrings(arguments) { argv in
            posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        }
        guard status == 0 else { throw SpawnError(call: "posix_spawn", errno: status) }
        return pid
    }

    private static func configure(
        _ actions: inout posix_spawn_file_actions_t, _ attributes: inout posix_spawnattr_t
    ) throws(SpawnError) {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            let mode = fd == STDIN_FILENO ? O_RDONLY : O_WRONLY
            let status = posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", mode, 0)
            guard status == 0 else { throw SpawnError(call: "posix_spawn_file_actions_addopen", errno: status) }
        }
        // NIO's sockets are not close-on-exec; closefrom keeps every probe socket out of the script.
        if let closeFrom = closeFromAction {
            let status = closeFrom(&actions, STDERR_FILENO + 1)
            guard status == 0 else { throw SpawnError(call: "posix_spawn_file_actions_addclosefrom_np", errno: status) }
        }
        var defaults = sigset_t()
        var mask = sigset_t()
        sigfillset(&defaults)
        sigemptyset(&mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        let flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
        posix_spawnattr_setflags(&attributes, Int16(flags))
    }

    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, CInt) -> CInt

    /// glibc ≥ 2.34 has posix_spawn_file_actions_addclosefrom_np, but its header hides it without
    /// _GNU_SOURCE, so it is looked up at run time.
    private static var closeFromAction: CloseFrom? {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        else { return nil }
        return unsafeBitCast(symbol, to: CloseFrom.self)
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }
}
