import Dispatch
import Engine
import Glibc
import Runtime

/// Logs SIGXCPU, which the kernel sends when a real-time thread has run RLIMIT_RTTIME's soft limit
/// without blocking, instead of letting it end the process; keepalived logs it the same way. Only
/// while RLIMIT_RTTIME is set (`ProcessSchedulingSetup`).
public final class RealtimeLimitWarning {
    private let source: any DispatchSourceSignal

    public init(log: any LogSink, queue: DispatchQueue = DispatchQueue(label: "vigil.sigxcpu")) {
        System.ignoreSignal(SIGXCPU)
        source = DispatchSource.makeSignalSource(signal: SIGXCPU, queue: queue)
        source.setEventHandler {
            log.write(
                .warning(
                    "a real-time vigil thread has used too much CPU time without blocking (SIGXCPU); "
                        + "vrrp_rlimit_rttime or checker_rlimit_rttime may need to be increased"))
        }
        source.resume()
    }

    deinit { source.cancel() }
}
