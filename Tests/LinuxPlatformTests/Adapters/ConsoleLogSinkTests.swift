import Engine
import Glibc
import Testing

@testable import LinuxPlatform

@Suite struct ConsoleLogSinkTests {
    private func written(showsDetail: Bool, _ records: [LogRecord]) -> String {
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)
        let sink = ConsoleLogSink(showsDetail: showsDetail, descriptor: ends[1])
        for record in records { sink.write(record) }
        close(ends[1])
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(ends[0], &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer.prefix(count)
        }
        close(ends[0])
        return String(decoding: output, as: UTF8.self)
    }

    @Test func eachRecordIsOneTimestampedLine() {
        let text = written(showsDetail: false, [.info("(VI_1) Entering MASTER STATE"), .error("boom")])
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix(": (VI_1) Entering MASTER STATE"))
        #expect(lines[1].hasSuffix(": boom"))
    }

    @Test func debugLinesAppearOnlyWithDetail() {
        #expect(written(showsDetail: false, [.debug("packet")]).isEmpty)
        #expect(written(showsDetail: true, [.debug("packet")]).hasSuffix(": packet\n"))
    }
}
