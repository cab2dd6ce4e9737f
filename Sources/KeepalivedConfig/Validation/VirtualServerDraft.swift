import NetworkPrimitives

/// A `virtual_server` as read; `VirtualServerCompletion` applies keepalived's `validate_check_config`
/// once the whole file is read.
struct VirtualServerDraft {
    var server: VirtualServer
    var keyword: Token
    var written: [String: Token] = [:]
    var scheduler: LVSScheduler?
    var forwardingMethod: LBKind?
    var serviceProtocol: ServiceProtocol?
    /// `ip_family`, or the family of the address.
    var family: AddressFamily?
    var persistenceTimeout: Duration?
    var persistenceGranularity: PersistenceSettings.Granularity?
    var persistenceEngine: String?
    var connectTimeout: Duration = .seconds(5)
    var retry: Int?
    var delayBeforeRetry: Duration?
    var warmup: Duration?
    var weight: UInt32 = 1
    var smtpAlert: Bool?
    var sorryServer: SorryServerDraft?
    var realServers: [RealServerDraft] = []
}

/// `sorry_server IP [PORT]` with its companion keywords.
struct SorryServerDraft {
    var address: IPAddress
    var port: UInt16?
    var location: SourceLocation
    var forwardingMethod: LBKind?
}

/// A `real_server` as read.
struct RealServerDraft {
    var server: RealServer
    var addressToken: Token
    var portWritten: Bool
    var forwardingMethod: LBKind?
    var weight: UInt32?
    var inhibitOnFailure: Bool?
    var alpha: Bool?
    var smtpAlert: Bool?
    var retry: Int?
    var delayBeforeRetry: Duration?
    var warmup: Duration?
    var connectTimeout: Duration?
    var delayLoop: Duration?
    var checkers: [CheckerDraft] = []
}
