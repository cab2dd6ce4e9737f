// The hot logging path, with and without swift-log in between: the same records written by
// ConsoleLogSink (one write(2) each, what the daemon used before swift-log) and by SwiftLogSink ->
// Logger -> VigilLogHandler -> ConsoleLogOutput, both to /dev/null; then debug records that the level
// filter drops (no -D), the common case for detail lines. Prints nanoseconds per record.
// Run by hand: scripts/bench-logging.sh
import Engine
import Glibc
import LinuxPlatform
import Logging

let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 200_000
let null = open("/dev/null", O_WRONLY)
let record = LogRecord.info("(VI_1) Entering MASTER STATE")
let detail = LogRecord.debug("(VI_1) advert received from 10.0.0.2, priority 100")

func nanosecondsPerRecord(_ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<5 {
        var start = timespec()
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        body()
        clock_gettime(CLOCK_MONOTONIC, &end)
        let elapsed = Double(end.tv_sec - start.tv_sec) * 1e9 + Double(end.tv_nsec - start.tv_nsec)
        best = min(best, elapsed / Double(count))
    }
    return best
}

let direct = ConsoleLogSink(showsDetail: false, descriptor: null)
var logger = Logger(label: "Keepalived_vrrp") { _ in VigilLogHandler(output: ConsoleLogOutput(descriptor: null)) }
logger.logLevel = .info
let throughSwiftLog = SwiftLogSink(logger: logger)

let rows: [(String, Double)] = [
    ("written, ConsoleLogSink", nanosecondsPerRecord { for _ in 0..<count { direct.write(record) } }),
    ("written, swift-log", nanosecondsPerRecord { for _ in 0..<count { throughSwiftLog.write(record) } }),
    ("dropped debug, ConsoleLogSink", nanosecondsPerRecord { for _ in 0..<count { direct.write(detail) } }),
    ("dropped debug, swift-log", nanosecondsPerRecord { for _ in 0..<count { throughSwiftLog.write(detail) } }),
]
for (name, nanoseconds) in rows {
    print("\(name): \(Int(nanoseconds.rounded())) ns/record")
}
