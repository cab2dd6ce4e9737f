import Foundation
import Testing

/// The packets scripts/capture-vectors.py captured from keepalived 2.2.7 (Tests/VRRPTests/Vectors):
/// the detailed frames of VECTORS.txt and every frame of every .pcap. Missing files fail the test
/// that asked for them.
struct GoldenVectors {
    /// One "-- sender: description" block of VECTORS.txt.
    struct DetailedFrame: CustomTestStringConvertible, Sendable {
        var caseName: String
        var title: String
        /// `key=value` fields of the line that starts with `label:` ("IPv4", "VRRPv2", "ICMPv6 NA", ...).
        var lines: [String: [String: String]]
        /// Hex dumps by label ("VRRP payload", "IP header", "ARP", "ICMPv6", "full frame").
        var hex: [String: [UInt8]]

        var testDescription: String { "\(caseName): \(title)" }

        func field(_ line: String, _ key: String) throws -> String {
            try #require(lines[line]?[key], "\(testDescription) has no \(line) \(key)")
        }
    }

    /// One frame of a capture, with the timeline line VECTORS.txt prints for it.
    struct CapturedFrame: CustomTestStringConvertible, Sendable {
        var caseName: String
        var index: Int
        var bytes: [UInt8]
        var timeline: String

        var testDescription: String { "\(caseName) frame \(index)" }
    }

    /// Tests/VRRPTests/Vectors, beside this file's folder: the configs, the pcaps
    /// scripts/capture-vectors.py captured from them and its index, VECTORS.txt.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Vectors")

    static func text() throws -> String {
        let url = directory.appendingPathComponent("VECTORS.txt")
        return try #require(
            try? String(contentsOf: url, encoding: .utf8),
            "golden vectors missing at \(url.path); scripts/capture-vectors.py writes them")
    }

    static let caseNames = [
        "takeover_v2_ipv4", "takeover_v3_ipv6", "v2_ipv4_mcast_3vips", "v2_ipv4_mcast_auth_ah",
        "v2_ipv4_mcast_auth_pass", "v2_ipv4_mcast_noauth", "v3_ipv4_mcast", "v3_ipv4_mcast_100ms",
        "v3_ipv4_ucast", "v3_ipv6_mcast", "v3_ipv6_ucast",
    ]

    /// Every detailed frame block of VECTORS.txt.
    static func detailedFrames() throws -> [DetailedFrame] {
        var frames: [DetailedFrame] = []
        var caseName = ""
        var current: DetailedFrame?
        var dumpLabel: String?
        for raw in try text().split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.hasPrefix("CASE ") {
                if let done = current { frames.append(done) }
                current = nil
                caseName = String(line.dropFirst(5))
            } else if line.hasPrefix("  -- ") {
                if let done = current { frames.append(done) }
                current = DetailedFrame(caseName: caseName, title: String(line.dropFirst(5)), lines: [:], hex: [:])
                dumpLabel = nil
            } else if current != nil {
                parseDetailLine(line, into: &current, dumpLabel: &dumpLabel)
            }
        }
        if let done = current { frames.append(done) }
        return frames
    }

    private static func parseDetailLine(_ line: String, into frame: inout DetailedFrame?, dumpLabel: inout String?) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed == "full frame hex:" {
            dumpLabel = "full frame"
            return
        }
        if let label = dumpLabel, let match = trimmed.firstMatch(of: /^[0-9a-f]{4}  ((?:[0-9a-f]{2} ?)+)$/) {
            frame?.hex[label, default: []] += hexBytes(String(match.1))
            return
        }
        dumpLabel = nil
        if let match = trimmed.firstMatch(of: /^(.+?) hex(?: \(\d+ bytes\))?: ([0-9a-f]+)$/) {
            frame?.hex[String(match.1)] = hexBytes(String(match.2))
        } else if let colon = trimmed.firstIndex(of: ":"), !trimmed.hasPrefix("|") {
            let label = String(trimmed[..<colon])
            var fields: [String: String] = [:]
            for match in trimmed[colon...].matches(of: /\s(\w+)=(\S+)/) { fields[String(match.1)] = String(match.2) }
            frame?.lines[label] = fields
        }
    }

    /// Every frame of every capture, paired with its timeline line.
    static func capturedFrames() throws -> [CapturedFrame] {
        let text = try text()
        var result: [CapturedFrame] = []
        for name in caseNames {
            let url = directory.appendingPathComponent("\(name).pcap")
            let data = try #require(try? Data(contentsOf: url), "capture missing at \(url.path)")
            let frames = try pcapFrames([UInt8](data))
            let timeline = timelineLines(of: name, in: text)
            try #require(
                frames.count == timeline.count, "\(name): \(frames.count) frames, \(timeline.count) timeline lines")
            for (index, bytes) in frames.enumerated() {
                result.append(CapturedFrame(caseName: name, index: index, bytes: bytes, timeline: timeline[index]))
            }
        }
        return result
    }

    private static func timelineLines(of caseName: String, in text: String) -> [String] {
        guard let start = text.range(of: "CASE \(caseName)\n") else { return [] }
        let rest = text[start.upperBound...]
        let end = rest.range(of: "\nCASE ")?.lowerBound ?? rest.endIndex
        return rest[..<end].split(separator: "\n").filter { $0.hasPrefix("    +") }.map(String.init)
    }

    /// Frames of a little-endian libpcap file (tcpdump -w).
    static func pcapFrames(_ file: [UInt8]) throws -> [[UInt8]] {
        func le32(_ offset: Int) -> Int {
            Int(file[offset]) | Int(file[offset + 1]) << 8 | Int(file[offset + 2]) << 16 | Int(file[offset + 3]) << 24
        }
        try #require(file.count >= 24 && file[0..<4] == [0xd4, 0xc3, 0xb2, 0xa1], "not a little-endian pcap")
        var frames: [[UInt8]] = []
        var offset = 24
        while offset + 16 <= file.count {
            let length = le32(offset + 8)
            try #require(offset + 16 + length <= file.count, "pcap record runs past the end")
            frames.append(Array(file[(offset + 16)..<(offset + 16 + length)]))
            offset += 16 + length
        }
        return frames
    }

    static func hexBytes(_ text: String) -> [UInt8] {
        let digits = Array(text.filter { $0.isHexDigit })
        return stride(from: 0, to: digits.count - 1, by: 2).compactMap { UInt8(String(digits[$0...$0 + 1]), radix: 16) }
    }

    /// Decodes a Python bytes literal as VECTORS.txt prints it: b'secret12', b'\x00...'.
    static func pythonBytes(_ literal: String) -> [UInt8] {
        var body = Array(literal.utf8.dropFirst(2).dropLast())
        var out: [UInt8] = []
        while !body.isEmpty {
            if body.count >= 4, body[0] == UInt8(ascii: "\\"), body[1] == UInt8(ascii: "x"),
                let byte = UInt8(String(decoding: body[2...3], as: UTF8.self), radix: 16)
            {
                out.append(byte)
                body.removeFirst(4)
            } else {
                out.append(body.removeFirst())
            }
        }
        return out
    }
}
