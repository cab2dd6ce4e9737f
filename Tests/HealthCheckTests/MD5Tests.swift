import Foundation
import Testing

@testable import HealthCheck

@Suite struct MD5Tests {
    /// RFC 1321 appendix A.5, the test suite.
    static let rfc1321Suite: [(String, String)] = [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("a", "0cc175b9c0f1b6a831c399e269772661"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
        ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"),
        (
            "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
            "57edf4a22be3c955ac49da2e2107b67a"
        ),
    ]

    @Test("the RFC 1321 test suite digests as the RFC prints them", arguments: rfc1321Suite)
    func rfcSuite(message: String, expected: String) {
        #expect(MD5.hex(MD5.digest(Array(message.utf8))) == expected)
    }

    @Test("feeding a message in arbitrary pieces gives the one-shot digest", arguments: [1, 3, 63, 64, 65, 1000])
    func piecewise(pieceSize: Int) {
        var generator = SystemRandomNumberGenerator()
        let message = (0..<5000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var md5 = MD5()
        for start in stride(from: 0, to: message.count, by: pieceSize) {
            let piece = message[start..<min(start + pieceSize, message.count)]
            if start % 2 == 0 {
                Array(piece).withUnsafeBytes { md5.update($0) }
            } else {
                md5.update(piece)
            }
        }
        #expect(md5.finalize() == MD5.digest(message))
    }

    @Test("digests of random data agree with md5sum")
    func agreesWithCoreutils() async throws {
        let message = (0..<100_000).map { _ in UInt8.random(in: 0...255) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-md5-\(UUID().uuidString)").path
        try Data(message).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // md5sum runs on a thread of its own, never on one of the cooperative threads other tests need.
        let text = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<String, any Error>) in
            Thread.detachNewThread { continuation.resume(with: Result { try Self.md5sum(path) }) }
        }
        #expect(text.split(separator: " ").first.map(String.init) == MD5.hex(MD5.digest(message)))
    }

    private static func md5sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/md5sum")
        process.arguments = [path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
}
