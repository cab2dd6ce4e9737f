import NetworkPrimitives
import VRRP

/// Nanoseconds per advert through the receive path (decode + validate) and the send path (encode).
enum CodecBenchmark {
    struct Case {
        var name: String
        var message: [UInt8]
        var metadata: VRRPReceiveMetadata
        var policy: VRRPReceivePolicy
        var advertisement: VRRPAdvertisement
        var context: VRRPChecksumContext
    }

    static func makeCase(_ name: String, version: VRRPVersion, family: AddressFamily, vipCount: Int) -> Case {
        let source: IPAddress =
            family == .inet ? .v4(IPv4Address(10, 99, 0, 2)) : .v6(IPv6Address(high: 0xfe80 << 48, low: 2))
        let destination: IPAddress = family == .inet ? .v4(.vrrpMulticastGroup) : .v6(.vrrpMulticastGroup)
        let vips: [IPAddress] = (0..<vipCount).map { index in
            family == .inet
                ? .v4(IPv4Address(10, 99, 1, UInt8(index + 1)))
                : .v6(IPv6Address(high: 0xfd99 << 48, low: UInt64(index + 1)))
        }
        let advertisement = VRRPAdvertisement(
            version: version, virtualRouterID: 51, priority: 100, advertisementInterval: .seconds(1), addresses: vips)
        let context = VRRPChecksumContext(source: source, destination: destination)
        let message = VRRPCodec.encode(advertisement, family: family, checksum: context)
        let metadata = VRRPReceiveMetadata(
            source: source, destination: destination, hopLimit: 255, interfaceIndex: 2,
            ipv4HeaderLength: family == .inet ? 20 : 0, ipv4TotalLength: family == .inet ? 20 + message.count : nil)
        let policy = VRRPReceivePolicy(
            version: version, virtualRouterID: 51, family: family, advertisementInterval: .seconds(1), addresses: vips,
            priority: 101, interfaceIndex: 2)
        return Case(
            name: name, message: message, metadata: metadata, policy: policy, advertisement: advertisement,
            context: context)
    }

    static let cases = [
        makeCase("v2/IPv4, 1 VIP", version: .v2, family: .inet, vipCount: 1),
        makeCase("v3/IPv4, 1 VIP", version: .v3, family: .inet, vipCount: 1),
        makeCase("v3/IPv6, 1 VIP", version: .v3, family: .inet6, vipCount: 1),
        makeCase("v3/IPv4, 20 VIPs", version: .v3, family: .inet, vipCount: 20),
    ]

    static func run(iterations: Int = 1_000_000) {
        print("VRRP codec, \(iterations) adverts per figure (ns per advert, best of 3)")
        for benchmarkCase in cases {
            let receive = best(of: 3) { receivePath(benchmarkCase, iterations: iterations) }
            let send = best(of: 3) { sendPath(benchmarkCase, iterations: iterations) }
            let name = benchmarkCase.name.padding(toLength: 18)
            print("  \(name) decode+validate \(format(receive, iterations)) ns   encode \(format(send, iterations)) ns")
        }
    }

    /// Decode + validate `iterations` times; the accepted count keeps the work observable.
    static func receivePath(_ benchmarkCase: Case, iterations: Int) -> Duration {
        var accepted = 0
        let elapsed = ContinuousClock().measure {
            for _ in 0..<iterations {
                let result = AdvertisementValidator.validate(
                    benchmarkCase.message, metadata: benchmarkCase.metadata, policy: benchmarkCase.policy)
                if result.accepted != nil { accepted += 1 }
            }
        }
        precondition(accepted == iterations, "benchmark advert was rejected")
        return elapsed
    }

    static func sendPath(_ benchmarkCase: Case, iterations: Int) -> Duration {
        var checksum = 0
        let elapsed = ContinuousClock().measure {
            for _ in 0..<iterations {
                let bytes = VRRPCodec.encode(
                    benchmarkCase.advertisement, family: benchmarkCase.policy.family, checksum: benchmarkCase.context)
                checksum &+= Int(bytes[6])
            }
        }
        precondition(checksum != -1)
        return elapsed
    }

    static func best(of runs: Int, _ body: () -> Duration) -> Duration {
        (0..<runs).map { _ in body() }.min() ?? .zero
    }

    static func format(_ elapsed: Duration, _ iterations: Int) -> String {
        let tenths = (elapsed.nanosecondsClamped * 10 + Int64(iterations / 2)) / Int64(iterations)
        return "\(tenths / 10).\(tenths % 10)".padding(toLength: 7, leading: true)
    }
}

extension String {
    fileprivate func padding(toLength length: Int, leading: Bool = false) -> String {
        let pad = String(repeating: " ", count: max(0, length - count))
        return leading ? pad + self : self + pad
    }
}
