import NetworkPrimitives
import VRRP

/// An input to the engine: something the world did, or the deadline the engine asked for.
public enum EngineEvent: Hashable, Sendable {
    /// The instant the engine reported as `nextDeadline` has passed (spurious wake-ups are harmless).
    case deadlineReached
    /// A VRRP packet arrived on one of the instances' sockets.
    case packetReceived(ReceivedVRRPPacket)
    /// An interface went up (IFF_UP and IFF_RUNNING) or down (Docs/Keepalived.md §3.16).
    case linkChanged(InterfaceName, isUp: Bool)
    /// Someone else deleted an address the engine installed (Docs/Keepalived.md §3.13).
    case addressRemoved(InterfaceName, IPAddress)
    /// A script the engine asked to run has finished.
    case scriptCompleted(ScriptPurpose, ScriptOutcome)
    /// A `track_file` was written, replaced or removed: the value it now holds (0 when missing or not a
    /// number, Docs/Keepalived.md §3.14).
    case fileChanged(name: String, value: Int)
    /// `track_src_ip`: a configured source address is on this host, or no longer is (an instance that
    /// tracks it is in FAULT while it is missing, as keepalived's is).
    case sourceAddressChanged(IPAddress, isPresent: Bool)
    /// The daemon is stopping: masters send priority 0 and release their VIPs (Docs/Keepalived.md §3.6),
    /// by default once a successor shows (`VRRPEngine.stopHandover`, Docs/Handover.md); sent again
    /// during that wait, it releases at once.
    case shutdownRequested
    /// The operator puts an instance into maintenance or takes it out (`vigil ctl maintenance|resume`).
    case maintenanceRequested(instance: String, VRRPMaintenance)
}
