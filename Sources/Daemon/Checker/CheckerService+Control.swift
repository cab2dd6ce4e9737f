import Engine

extension CheckerService {
    /// Posts an operator's request (`vigil ctl drain|undrain`) to the running checker loop; dropped
    /// when the service is not running.
    public func post(_ event: CheckerEngine.Event) {
        running.withLock { $0?.inbox.post(.engine(event)) }
    }
}
