import HealthCheck

/// keepalived's body line for a checker's transition; each checker words it its own way.
public enum RealServerAlertWording {
    /// `=> TCP CHECK succeed on service <=`; `reason` is the failure's reason where keepalived shows one.
    public static func body(_ spec: ProbeSpec, up: Bool, reason: String? = nil) -> String {
        let verb = up ? "succeed" : "failed"
        switch spec {
        case .tcpConnect: return "=> TCP CHECK \(verb) on service <="
        case .http, .smtp:
            guard !up, let reason, !reason.isEmpty else { return "=> CHECK \(verb) on service <=" }
            return "=> CHECK failed on service : \(reason) <="
        case .misc: return "=> MISC CHECK \(up ? "succeeded" : "failed") on service <="
        case .dns: return "=> DNS_CHECK: \(verb) on service <="
        case .udp: return "=> UDP CHECK \(verb) on service <="
        case .ping: return "=> ICMP CHECK \(verb) on service <="
        case .file: return "=> FILE CHECK \(verb) on service <="
        }
    }
}
