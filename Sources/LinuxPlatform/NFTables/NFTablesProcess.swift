/// Runs one short-lived `nft` with a script on its stdin, collecting stdout and stderr and killing it
/// at a deadline: `ChildProcess.run`, in the nftables driver's terms.
enum NFTablesProcess {
    struct Output: Sendable {
        /// The exit code, or 128 + the signal number when a signal ended the process.
        var exitStatus: Int32
        var standardOutput: [UInt8]
        var standardError: [UInt8]
    }

    static func run(
        executable: String, arguments: [String], input: [UInt8], timeout: Duration
    ) throws(NFTablesError) -> Output {
        // nft stays in the daemon's process group: it starts nothing that a timeout would have to reach.
        let command = ChildCommand(executable: executable, arguments: [executable] + arguments, newProcessGroup: false)
        let captured: CapturedOutput
        do {
            captured = try ChildProcess.run(command, input: input, timeout: timeout)
        } catch {
            switch error {
            case .spawnFailed(let failure): throw .spawnFailed(executable: executable, errno: failure.errno)
            case .io(let failure): throw .io(call: failure.call, errno: failure.errno)
            case .timedOut: throw .timedOut(after: timeout)
            }
        }
        return Output(
            exitStatus: captured.status.shellStatus, standardOutput: captured.standardOutput,
            standardError: captured.standardError)
    }
}
