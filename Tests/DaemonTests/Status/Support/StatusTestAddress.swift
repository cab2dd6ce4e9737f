import NetworkPrimitives

enum StatusTestAddress {
    static let backend = IPAddress("10.0.1.1") ?? .v4(IPv4Address(0))
}
