import Glibc

/// keepalived forks into the background unless `-n`. A Swift process cannot fork safely once its
/// runtime has started threads, so Vigil re-executes itself instead, before it starts any: the parent
/// starts `vigil ... --dont-fork` in a new session with its standard streams on /dev/null and a pipe
/// on descriptor 3, then waits. The child writes one byte on the pipe once its first configuration is
/// applied (when it also sends READY=1), and the parent exits 0; if the child exits first, the
/// parent exits with the child's status.
public enum DetachedStart {
    /// The environment variable naming the readiness descriptor in the child.
    public static let readinessVariable = "VIGIL_READY_FD"

    /// The child's end of the readiness pipe.
    public struct Readiness: Hashable, Sendable {
        let descriptor: Int32

        /// Tells the waiting parent the daemon is ready; the pipe is closed.
        public func report() {
            try? System.writeAll(descriptor, [UInt8(ascii: "R")])
            System.close(descriptor)
        }
    }

    /// In a detached child: the readiness pipe its parent waits on (the variable is removed from the
    /// environment, so scripts never see it). Call before any thread starts.
    public static func takeReadiness() -> Readiness? {
        guard let text = System.environmentValue(readinessVariable) else { return nil }
        System.unsetEnvironmentValue(readinessVariable)
        guard let fd = Int32(text), fd > STDERR_FILENO else { return nil }
        System.setCloseOnExec(fd)
        return Readiness(descriptor: fd)
    }

    /// The parent's side: starts `executable` with `arguments` (argv[1...]) detached and waits for it
    /// to be ready (0) or to exit (its status, 128 + the signal when killed; 1 when it could not start).
    public static func run(executable: String, arguments: [String]) -> Int32 {
        let pipe: (read: Int32, write: Int32)
        do {
            pipe = try System.blockingPipe()
        } catch {
            return reportFailure("cannot create the readiness pipe: \(error)")
        }
        var environment = System.environment().filter { !$0.hasPrefix(readinessVariable + "=") }
        environment.append("\(readinessVariable)=3")
        var command = ChildCommand(
            executable: executable, arguments: [executable] + arguments, environment: environment,
            newProcessGroup: false)
        command.newSession = true
        command.passedDescriptor = pipe.write
        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(command)
        } catch {
            System.close(pipe.read)
            System.close(pipe.write)
            return reportFailure("cannot start the daemon: \(error)")
        }
        System.close(pipe.write)
        defer { System.close(pipe.read) }
        if let byte = try? System.read(pipe.read, upTo: 1), !byte.isEmpty { return 0 }
        guard let (_, status) = try? System.waitForChild(child.pid, options: 0) else { return 1 }
        return ProcessExitStatus(waitStatus: status).shellStatus
    }

    private static func reportFailure(_ text: String) -> Int32 {
        try? System.writeAll(STDERR_FILENO, Array("vigil: \(text)\n".utf8))
        return 1
    }
}
