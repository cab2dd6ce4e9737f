import NetworkPrimitives
import Testing

@testable import VRRP

/// A VRRP message found in the vectors, with the IP context it was sent in.
struct GoldenMessage: CustomTestStringConvertible, Sendable {
    var name: String
    var family: AddressFamily
    var source: IPAddress
    var destination: IPAddress
    var bytes: [UInt8]

    var testDescription: String { name }
    var context: VRRPChecksumContext { VRRPChecksumContext(source: source, destination: destination) }
    var ipHeaderLength: Int { family == .inet ? IPv4Header.minimumLength : 0 }
}

extension GoldenVectors {
    /// The VRRP messages of every captured frame (AH-protected ones included, their AH skipped).
    static func capturedMessages() throws -> [(frame: CapturedFrame, message: GoldenMessage)] {
        try capturedFrames().compactMap { frame in
            try vrrpMessage(inFrame: frame.bytes, name: frame.testDescription).map { (frame, $0) }
        }
    }

    /// Each distinct VRRP message of the vectors once (captures repeat identical adverts).
    static func distinctMessages() throws -> [GoldenMessage] {
        var seen = Set<[UInt8]>()
        return try capturedMessages().map(\.message).filter {
            seen.insert($0.bytes + $0.source.bytes + $0.destination.bytes).inserted
        }
    }

    /// The VRRP message inside an Ethernet frame, or nil when the frame carries something else.
    static func vrrpMessage(inFrame frame: [UInt8], name: String) throws -> GoldenMessage? {
        guard frame.count >= 14 else { return nil }
        let etherType = UInt16(frame[12]) << 8 | UInt16(frame[13])
        let packet = Array(frame[14...])
        switch etherType {
        case 0x0800:
            let header = try IPv4Header.decode(packet)
            var start = header.headerLength
            if header.protocolNumber == IPv4Header.ipAuthenticationHeaderProtocol {
                try #require(packet.count > start + 1 && packet[start] == VRRPCodec.ipProtocolNumber)
                start += (Int(packet[start + 1]) + 2) * 4
            } else if header.protocolNumber != VRRPCodec.ipProtocolNumber {
                return nil
            }
            return GoldenMessage(
                name: name, family: .inet, source: .v4(header.source), destination: .v4(header.destination),
                bytes: Array(packet[start..<Int(header.totalLength)]))
        case 0x86dd:
            guard packet.count >= 40, packet[6] == VRRPCodec.ipProtocolNumber else { return nil }
            let payloadLength = Int(packet[4]) << 8 | Int(packet[5])
            let source = try #require(IPAddress(bytes: packet[8..<24]))
            let destination = try #require(IPAddress(bytes: packet[24..<40]))
            return GoldenMessage(
                name: name, family: .inet6, source: source, destination: destination,
                bytes: Array(packet[40..<(40 + payloadLength)]))
        default:
            return nil
        }
    }

    /// The advertisement VECTORS.txt describes for a detailed VRRP frame, with its message.
    static func describedAdvertisement(
        _ frame: DetailedFrame
    ) throws -> (advertisement: VRRPAdvertisement, checksum: UInt16, message: GoldenMessage)? {
        guard let label = ["VRRPv2", "VRRPv3"].first(where: { frame.lines[$0] != nil }) else { return nil }
        let ipLabel = frame.lines["IPv4"] != nil ? "IPv4" : "IPv6"
        let version = try #require(VRRPVersion(rawValue: UInt8(try frame.field(label, "version")) ?? 0))
        let addresses = try frame.field(label, "addrs").split(separator: ",").map { try #require(IPAddress($0)) }
        var interval = Duration.zero
        var authentication = VRRPAuthentication.none
        if version == .v2 {
            interval = .seconds(try #require(Int(try frame.field(label, "adver_int").dropLast(1))))
            let data = pythonBytes(try frame.field(label, "auth_data"))
            switch try frame.field(label, "auth_type") {
            case "1": authentication = .password(Array(data.prefix(while: { $0 != 0 })))
            case "2": authentication = .ipAuthenticationHeader
            default: authentication = .none
            }
        } else {
            interval = .milliseconds(10 * (try #require(Int(try frame.field(label, "max_adver_int").dropLast(2)))))
        }
        let advertisement = VRRPAdvertisement(
            version: version, virtualRouterID: try #require(UInt8(try frame.field(label, "vrid"))),
            priority: try #require(UInt8(try frame.field(label, "priority"))), advertisementInterval: interval,
            addresses: addresses, authentication: authentication)
        try #require(Int(try frame.field(label, "count_ip")) == addresses.count)
        let checksum = try #require(UInt16(try frame.field(label, "checksum").prefix(6).dropFirst(2), radix: 16))
        let message = GoldenMessage(
            name: frame.testDescription, family: ipLabel == "IPv4" ? .inet : .inet6,
            source: try #require(IPAddress(try frame.field(ipLabel, "src"))),
            destination: try #require(IPAddress(try frame.field(ipLabel, "dst"))),
            bytes: try #require(frame.hex["VRRP payload"]))
        return (advertisement, checksum, message)
    }
}
