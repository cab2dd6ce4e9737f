import LoadBalancer
import Netlink

extension IPVSDataPlane {
    /// Makes the kernel hold `desired` for the services this data plane owns: reads the table,
    /// diffs the services named in `desired` or installed by an earlier call against it, applies
    /// the changes (a refused one does not stop the rest) and takes `desired`'s services as its own.
    /// Services someone else added are never touched, as keepalived leaves them.
    public func reconcile(to desired: VirtualServerTable) throws(NetlinkRequestError) -> IPVSReconciliation {
        let scope = ownedServices.withLock { $0 }.union(desired.services.keys)
        let mine = IPVSSnapshot(
            entries: try snapshot().entries.filter { entry in
                ServiceKey(entry.service.key).map(scope.contains) ?? false
            })
        let observed = mine.virtualServerTable
        rememberSettings(of: observed)
        let changes = VirtualServerTable.diff(observed: observed, desired: desired)
        let failures = zip(changes, apply(changes)).compactMap { change, result -> IPVSReconciliation.Failure? in
            guard case .failure(let error) = result else { return nil }
            return IPVSReconciliation.Failure(change: change, error: error)
        }
        ownedServices.withLock { $0 = Set(desired.services.keys) }
        return IPVSReconciliation(changes: changes, failures: failures, unrepresented: mine.unrepresented)
    }

    /// Removes every service this data plane installed (shutdown without `-I`, §4.4).
    public func release() throws(NetlinkRequestError) -> IPVSReconciliation {
        try reconcile(to: VirtualServerTable())
    }
}
