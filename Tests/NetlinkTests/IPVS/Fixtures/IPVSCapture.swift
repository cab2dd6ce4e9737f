import Netlink
import NetworkPrimitives

/// Generic netlink messages one program exchanged with the kernel, in order (see IPVSCaptures.swift).
struct IPVSCapture: Sendable, CustomStringConvertible {
    enum Message: Sendable {
        case sent(String)
        case received(String)
    }

    let command: String
    let messages: [Message]

    var description: String { command }

    /// The `nlmsg_type` the controller assigned to `IPVS` in the captured guest.
    static let familyID: UInt16 = 0x20

    /// Requests to the IPVS family (controller traffic excluded).
    var sentRequests: [NetlinkMessage] {
        messages.compactMap {
            guard case .sent(let hex) = $0 else { return nil }
            return Self.decode(hex)
        }.filter { $0.header.type.rawValue == Self.familyID }
    }

    /// Data answers of the IPVS family (acknowledgements, errors and dump ends excluded).
    var receivedData: [NetlinkMessage] {
        messages.compactMap {
            guard case .received(let hex) = $0 else { return nil }
            return Self.decode(hex)
        }.filter { $0.header.type.rawValue == Self.familyID }
    }

    /// Every message as raw bytes, for the truncation tests.
    var allBytes: [[UInt8]] {
        messages.map {
            switch $0 {
            case .sent(let hex), .received(let hex): Hex.bytes(hex)
            }
        }
    }

    private static func decode(_ hex: String) -> NetlinkMessage? {
        try? NetlinkMessage.decodeAll(datagram: Hex.bytes(hex)).first
    }
}

extension NetlinkMessage {
    /// The message as it was on the wire (header, then payload; no trailing padding).
    var wireBytes: [UInt8] {
        var writer = ByteWriter()
        header.write(to: &writer)
        return writer.bytes + payload
    }

    /// Encodes `request` with this message's family id, sequence number and port id, the three
    /// fields that differ between runs.
    func reencoded(_ request: IPVSRequest) -> [UInt8] {
        request.encode(familyID: header.type.rawValue, sequence: header.sequence, portID: header.portID)
    }
}
