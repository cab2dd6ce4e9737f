import Glibc

extension ChildProcess {
    /// Runs `command` to completion with `input` on its standard input (when empty, the command's own
    /// `standardInput`) and its standard output and error collected, error merged into output when
    /// `mergingStandardError`; past `timeout` (nil: none) the child gets SIGKILL.
    public static func run(
        _ command: ChildCommand, input: [UInt8] = [], mergingStandardError: Bool = false, timeout: Duration? = nil
    ) throws(ChildRunError) -> CapturedOutput {
        var exchange: ProcessExchange
        do {
            exchange = try ProcessExchange(input: input, separateStandardError: !mergingStandardError)
        } catch {
            throw .io(error)
        }
        defer { exchange.closeAll() }
        var command = command
        exchange.connect(&command)
        let child: ChildProcess
        do {
            child = try spawn(command)
        } catch {
            throw .spawnFailed(error)
        }
        exchange.closeChildEnds()
        guard exchange.pump(until: timeout.map { .now + $0 }) else {
            child.signal(SIGKILL)
            _ = try? child.waitForExit()
            throw .timedOut
        }
        do {
            let status = try child.waitForExit()
            return CapturedOutput(status: status, standardOutput: exchange.output, standardError: exchange.errors)
        } catch {
            throw .io(error)
        }
    }
}
