import Glibc

/// Everything the child needs, allocated before fork: after fork the child may only make
/// async-signal-safe calls, so it must not allocate, lock or touch Swift runtime state.
struct PreparedExec {
    /// Index of the failing call in the report the child writes before `_exit`.
    static let callNames: [Int: String] = [0: "execve", 1: "setgroups", 2: "setgid", 3: "setuid"]

    private let path: UnsafeMutablePointer<CChar>?
    private let shell: UnsafeMutablePointer<CChar>?
    private let argv: CStringArray
    /// argv for `/bin/sh FILE ARGS...` when the file has no `#!` line (execve fails with ENOEXEC).
    private let shellArgv: CStringArray
    private let envp: CStringArray
    private let descriptors: UnsafeMutableBufferPointer<Int32>
    private let identity: ProcessIdentity?
    private let errorPipe: Int32

    init(_ plan: ExecutionPlan, keep errorPipe: Int32) {
        path = strdup(plan.executable)
        shell = strdup("/bin/sh")
        argv = CStringArray(plan.arguments)
        shellArgv = CStringArray(["/bin/sh", plan.executable] + plan.arguments.dropFirst())
        envp = CStringArray(plan.environment)
        identity = plan.identity
        self.errorPipe = errorPipe
        let open = Self.openDescriptors().filter { $0 > 2 && $0 != errorPipe }
        descriptors = .allocate(capacity: open.count)
        _ = descriptors.initialize(from: open)
    }

    func deallocate() {
        free(path)
        free(shell)
        argv.deallocate()
        shellArgv.deallocate()
        envp.deallocate()
        descriptors.deallocate()
    }

    /// Runs in the forked child: new process group, default signals, stdin from /dev/null, other
    /// descriptors closed, identity dropped, then execve. Never returns.
    func execInChild(standardInput: Int32) -> Never {
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        sigprocmask(SIG_SETMASK, &emptyMask, nil)
        signal(SIGTERM, SIG_DFL)
        signal(SIGINT, SIG_DFL)
        signal(SIGHUP, SIG_DFL)
        signal(SIGUSR1, SIG_DFL)
        signal(SIGUSR2, SIG_DFL)
        signal(SIGPIPE, SIG_DFL)
        signal(SIGCHLD, SIG_DFL)
        setpgid(0, 0)
        if standardInput >= 0 { dup2(standardInput, 0) }
        for descriptor in descriptors { close(descriptor) }
        if let identity { switchIdentity(identity) }
        if let path { execve(path, argv.pointer, envp.pointer) }
        if errno == ENOEXEC, let shell { execve(shell, shellArgv.pointer, envp.pointer) }
        fail(call: 0)
    }

    private func switchIdentity(_ identity: ProcessIdentity) {
        var group = identity.groupID
        if setgroups(1, &group) != 0 { fail(call: 1) }
        if setgid(identity.groupID) != 0 { fail(call: 2) }
        if setuid(identity.userID) != 0 { fail(call: 3) }
    }

    private func fail(call: Int32) -> Never {
        var report: (Int32, Int32) = (call, errno)
        _ = write(errorPipe, &report, MemoryLayout<(Int32, Int32)>.size)
        _exit(127)
    }

    /// The descriptors open in this process, from /proc/self/fd.
    private static func openDescriptors() -> [Int32] {
        guard let directory = opendir("/proc/self/fd") else { return [] }
        defer { closedir(directory) }
        let own = dirfd(directory)
        var result: [Int32] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if let fd = Int32(name), fd != own { result.append(fd) }
        }
        return result
    }
}
