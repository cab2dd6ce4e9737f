import Engine
import Glibc
import Logging
import Testing

@testable import LinuxPlatform

/// Syslog datagrams as glibc's syslog(3) writes them, received on a socket of the test's own.
@Suite struct SyslogLogOutputTests {
    private static func socketPath() -> String {
        "/tmp/vigil-syslog-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
    }

    private static func text(_ bytes: [UInt8]?) -> String? { bytes.map { String(decoding: $0, as: UTF8.self) } }

    /// `<PRI>Mmm dd hh:mm:ss IDENT[PID]: `, the head glibc writes (no host name).
    private static func head(of datagram: String) -> (priority: Int, stamp: Substring, rest: Substring)? {
        guard datagram.first == "<", let close = datagram.firstIndex(of: ">"),
            let priority = Int(datagram[datagram.index(after: datagram.startIndex)..<close])
        else { return nil }
        let afterPriority = datagram[datagram.index(after: close)...]
        guard afterPriority.count > 16 else { return nil }
        let stamp = afterPriority.prefix(15)
        return (priority, stamp, afterPriority.dropFirst(16))
    }

    @Test func aRecordIsOneRFC3164DatagramWithFacilitySeverityIdentAndPid() throws {
        let path = Self.socketPath()
        let listener = try UnixDatagramSocket(listeningAt: path)
        let output = SyslogLogOutput(ident: "Keepalived_vrrp", facility: .local(3), socketPath: path)
        output.write("(VI_1) Entering MASTER STATE", level: .info)
        output.write("(VI_1) boom", level: .error)
        let info = try #require(Self.text(listener.receive(timeout: .seconds(5))))
        let parsed = try #require(Self.head(of: info))
        #expect(parsed.priority == 19 * 8 + 6)
        #expect(parsed.rest == "Keepalived_vrrp[\(getpid())]: (VI_1) Entering MASTER STATE")
        // "Dec  6 12:15:44": month, day padded to two columns, time.
        let stamp = Array(parsed.stamp)
        #expect(stamp[3] == " " && stamp[6] == " " && stamp[9] == ":" && stamp[12] == ":")
        let error = try #require(Self.text(listener.receive(timeout: .seconds(5))))
        #expect(Self.head(of: error)?.priority == 19 * 8 + 3)
    }

    @Test func eachLineOfAMessageIsADatagramOfItsOwn() throws {
        let path = Self.socketPath()
        let listener = try UnixDatagramSocket(listeningAt: path)
        SyslogLogOutput(ident: "vigil", socketPath: path).write("first\nsecond\n", level: .warning)
        let first = try #require(Self.text(listener.receive(timeout: .seconds(5))))
        let second = try #require(Self.text(listener.receive(timeout: .seconds(5))))
        #expect(Self.head(of: first)?.priority == 3 * 8 + 4)
        #expect(first.hasSuffix("vigil[\(getpid())]: first"))
        #expect(second.hasSuffix("vigil[\(getpid())]: second"))
    }

    @Test func aMissingSyslogSocketLosesTheLineQuietly() {
        SyslogLogOutput(ident: "vigil", socketPath: Self.socketPath()).write("nobody listens", level: .info)
    }

    @Test func facilitiesAreReadAsKeepalivedReadsMinusS() {
        #expect(SyslogFacility(option: "0") == .local(0))
        #expect(SyslogFacility(option: "7")?.code == 23)
        #expect(SyslogFacility(option: "user")?.code == 1)
        #expect(SyslogFacility(option: "daemon")?.code == 3)
        #expect(SyslogFacility(option: "8") == nil)
        #expect(SyslogFacility(option: "local3") == nil)
        #expect(SyslogFacility(option: "foo") == nil)
    }

    @Test func eachSubsystemLogsUnderKeepalivedsIdentThroughSwiftLog() throws {
        let path = Self.socketPath()
        let listener = try UnixDatagramSocket(listeningAt: path)
        let destinations = LogDestinations(console: false, syslog: true, syslogSocketPath: path)
        SwiftLogSink(logger: destinations.logger(for: .vrrp)).write(.info("vrrp line"))
        SwiftLogSink(logger: destinations.logger(for: .checker)).write(.warning("checker line"))
        SwiftLogSink(logger: destinations.logger(for: .checker)).write(.debug("not without -D"))
        let vrrp = try #require(Self.text(listener.receive(timeout: .seconds(5))))
        let checker = try #require(Self.text(listener.receive(timeout: .seconds(5))))
        #expect(vrrp.hasSuffix("Keepalived_vrrp[\(getpid())]: vrrp line"))
        #expect(checker.hasSuffix("Keepalived_healthcheckers[\(getpid())]: checker line"))
        #expect(listener.receive(timeout: .milliseconds(200)) == nil)
    }

    @Test func oneIdentForEverySubsystemWhenTold() throws {
        let path = Self.socketPath()
        let listener = try UnixDatagramSocket(listeningAt: path)
        let destinations = LogDestinations(
            console: false, syslog: true, facility: .user, ident: "vigil", detail: true, syslogSocketPath: path)
        SwiftLogSink(logger: destinations.logger(for: .checker)).write(.debug("detail"))
        let line = try #require(Self.text(listener.receive(timeout: .seconds(5))))
        #expect(line.hasPrefix("<15>"))
        #expect(line.hasSuffix("vigil[\(getpid())]: detail"))
    }

    @Test func minusGAppendsTheConsoleLinesToAFile() throws {
        let path = "/tmp/vigil-logfile-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).log"
        defer { unlink(path) }
        let file = try FileLogOutput(path: path)
        let destinations = LogDestinations(console: false, syslog: false, file: path)
        let sink = SwiftLogSink(logger: destinations.logger(for: .vrrp, file: file))
        sink.write(.info("(VI_1) Entering BACKUP STATE"))
        sink.write(.error("second"))
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(fd, &buffer, buffer.count)
        let text = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix(": (VI_1) Entering BACKUP STATE"))
        #expect(lines[1].hasSuffix(": second"))
    }
}
