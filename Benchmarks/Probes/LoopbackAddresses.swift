import NetworkPrimitives

/// Distinct loopback addresses for the simulated real servers: 127.1.0.1, 127.1.0.2, ... (the last
/// octet skips 0 and 255). Every 127/8 address reaches a listener bound to 0.0.0.0.
enum LoopbackAddresses {
    static func make(count: Int) -> [IPv4Address] {
        (0..<count).map { index in
            let host = index % 254 + 1
            let subnet = index / 254
            return IPv4Address(127, UInt8(1 + subnet / 256), UInt8(subnet % 256), UInt8(host))
        }
    }
}
