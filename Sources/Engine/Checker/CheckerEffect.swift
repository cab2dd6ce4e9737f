import HealthCheck
import LoadBalancer
import NetworkPrimitives

/// What the checker engine asks its shell to do; effects are values, the shell performs them.
public enum CheckerEffect: Hashable, Sendable {
    /// Run this checker's probe now and report `.probeFinished(key, result)`; attempt 1 is the
    /// regular check, 2... are retries.
    case startProbe(CheckerKey, attempt: Int)
    /// Make the data plane hold exactly this table (emitted only when it changed).
    case applyTable(VirtualServerTable)
    /// Run this script; its outcome comes back as `.scriptCompleted`.
    case runScript(CheckerScript, purpose: CheckerScriptPurpose)
    /// Run a `vrrp_script` tracked by an announced route; its outcome comes back as `.routeScriptCompleted`.
    case runRouteScript(ScriptRequest)
    /// Make the routing daemon announce exactly these prefixes (BGP mode), withdrawing any other.
    case announceRoutes([IPPrefix])
    /// Write a line to the log.
    case log(LogRecord)
}
