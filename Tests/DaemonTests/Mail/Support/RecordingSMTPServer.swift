import Foundation
import Glibc
import Synchronization

/// A tiny SMTP responder on 127.0.0.1 for mailer tests: it accepts connections one after another
/// on its own thread, answers each command from a script and records every line it receives
/// (commands and message lines, without CRLF).
final class RecordingSMTPServer: Sendable {
    enum Behaviour: Sendable {
        /// 220, 250 to everything, 354 to DATA, 221 to QUIT.
        case accepting
        /// As `accepting`, but `reply` answers the first command that starts with `command`.
        case rejecting(command: String, reply: String)
        /// Accepts the connection and never writes a byte.
        case silent
    }

    let port: UInt16
    private let listener: Int32
    private let behaviour: Behaviour
    private let received = Mutex<[String]>([])
    private let sessions = Atomic<Int>(0)
    private let openConnections = Mutex<[Int32]>([])

    init(_ behaviour: Behaviour) throws {
        self.behaviour = behaviour
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        listener = fd
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && listen(fd, 8) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// Every line received so far, across sessions.
    var transcript: [String] { received.withLock { $0 } }
    var sessionCount: Int { sessions.load(ordering: .acquiring) }

    /// Stops accepting and ends every connection. Only shutdown here: the accept thread closes the
    /// descriptors, so no other test's socket can reuse a number this server's thread still uses.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        openConnections.withLock { connections in connections.forEach { _ = shutdown($0, Int32(SHUT_RDWR)) } }
    }

    private func acceptLoop() {
        defer {
            close(listener)
            openConnections.withLock { connections in
                connections.forEach { _ = close($0) }
                connections = []
            }
        }
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            sessions.add(1, ordering: .releasing)
            openConnections.withLock { $0.append(connection) }
            if case .silent = behaviour { continue }
            serve(connection)
            openConnections.withLock { $0.removeAll { $0 == connection } }
            close(connection)
        }
    }

    private func serve(_ connection: Int32) {
        var rejection = behaviour
        var inData = false
        write(connection, "220 test.invalid ESMTP recorder\r\n")
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(connection, &chunk, chunk.count)
            guard count > 0 else { return }
            pending += chunk[..<count]
            while let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<end].filter { $0 != UInt8(ascii: "\r") }, as: UTF8.self)
                pending.removeSubrange(...end)
                received.withLock { $0.append(line) }
                if inData {
                    if line == "." {
                        inData = false
                        write(connection, "250 2.0.0 queued\r\n")
                    }
                    continue
                }
                if case .rejecting(let command, let reply) = rejection, line.hasPrefix(command) {
                    rejection = .accepting
                    write(connection, reply + "\r\n")
                    continue
                }
                inData = line == "DATA"
                if line == "QUIT" {
                    write(connection, "221 bye\r\n")
                    return
                }
                write(connection, inData ? "354 go ahead\r\n" : "250 ok\r\n")
            }
        }
    }

    private func write(_ connection: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }
}
