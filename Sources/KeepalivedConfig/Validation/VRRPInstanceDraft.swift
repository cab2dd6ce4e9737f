import NetworkPrimitives

/// A `vrrp_instance` as read, before keepalived's completion step fills in what depends on other
/// settings (priority from state, version from family, accept from strict mode, ...).
struct VRRPInstanceDraft {
    var instance: VRRPInstance
    var nameToken: Token
    /// The last token of each keyword written, for "set here" locations and "was it written" tests.
    var written: [String: Token] = [:]
    var virtualRouterID: Int?
    var priority: Int?
    var state: ConfiguredState?
    var version: ConfiguredVRRPVersion?
    var advertInterval: Duration?
    /// The family fixed by the first address-bearing keyword (VIP, source, peer, group).
    var family: AddressFamily?
    var accept: Bool?
    var strictMode: Bool?
    var lowerPriorityDelay: Duration?
    var lowerPriorityRepeat: Int?
    var lowerPriorityNoAdvert: Bool?
    var higherPrioritySendAdvert: Bool?
    var ownerIgnoresAdverts: Bool?
    var smtpAlert: Bool?
    var notifyPriorityChanges: Bool?
    /// Set by `unicast_src_ip` and `unicast_peer`: "unicast configured" in keepalived's words.
    var unicastConfigured = false
    var nopreempt = false
    var multicastDestination: IPAddress?
    var authenticationKind: AuthenticationBlock.Kind?
    var authenticationPassword: [UInt8]?
    var timerExpiredBackup: Int?

    init(nameToken: Token, globals: GlobalDefinitions) {
        self.nameToken = nameToken
        // keepalived copies these globals when the instance is allocated (Docs/Keepalived.md §1.3).
        instance = VRRPInstance(name: nameToken.text, location: nameToken.location, virtualRouterID: 0)
        instance.garp = globals.vrrp.garp
        instance.advertisement.downTimerAdverts = globals.vrrp.downTimerAdverts
        instance.advertisement.v3ChecksumAsV2 = globals.vrrp.v3ChecksumAsV2
        instance.advertisement.skipCheckAdvertAddresses = globals.vrrp.skipCheckAdvertAddresses
    }

    var name: String { instance.name }

    /// Fixes the family on first use; reports a later keyword of the other family and returns false.
    mutating func adoptFamily(_ newFamily: AddressFamily, at token: Token, context: inout ReadContext) -> Bool {
        guard let family else {
            family = newFamily
            return true
        }
        if family == newFamily { return true }
        context.error(
            "'\(token.text)' is \(newFamily == .inet ? "IPv4" : "IPv6") but vrrp_instance '\(name)' is "
                + "\(family == .inet ? "IPv4" : "IPv6"); it is ignored", at: token)
        return false
    }
}
