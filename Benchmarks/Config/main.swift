import Glibc
import KeepalivedConfig

// Benchmark of loading and validating a large keepalived.conf (scripts/bench-config.sh runs it beside
// `keepalived -t` on the same file). Usage: BenchConfig [--write FILE] [--load FILE] [--runs N]
// --write generates the configuration (1,000 vrrp_instances, 10,000 virtual_servers with 4 real_servers
// each); --load times KeepalivedConfigLoader on the file and prints the figures.

var arguments = Array(CommandLine.arguments.dropFirst())
var writePath: String?
var loadPath: String?
var runs = 5
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    let value = arguments.isEmpty ? nil : arguments.removeFirst()
    switch (flag, value) {
    case ("--write", let path?): writePath = path
    case ("--load", let path?): loadPath = path
    case ("--runs", let count?): runs = max(1, Int(count) ?? runs)
    default:
        print("usage: BenchConfig [--write FILE] [--load FILE] [--runs N]")
        exit(2)
    }
}

if let path = writePath {
    let text = BenchmarkConfiguration.text(instances: 1000, virtualServers: 10_000, realServersEach: 4)
    guard BenchmarkFile.write(text, to: path) else {
        print("cannot write \(path)")
        exit(1)
    }
    print("wrote \(path): \(text.utf8.count) bytes")
}

if let path = loadPath {
    guard let bytes = BenchmarkFile.read(path) else {
        print("cannot read \(path)")
        exit(1)
    }
    let fileSystem = InMemoryFileSystem(fileBytes: [path: bytes])
    let options = ParseOptions(configID: "bench")
    var timings: [Duration] = []
    var textTimings: [Duration] = []
    var result: ConfigLoadResult?
    let clock = ContinuousClock()
    for _ in 0..<runs {
        result = nil
        let start = clock.now
        let text = ConfigTextParser.parse(path: path, options: options, fileSystem: fileSystem)
        let parsed = clock.now
        result = KeepalivedConfigLoader.load(text)
        timings.append(clock.now - start)
        textTimings.append(parsed - start)
    }
    print("  of which text front end (lexer, preprocessor, block tree): median \(textTimings.sorted()[runs / 2])")
    let configuration = result?.configuration
    let sorted = timings.sorted()
    print("vigil load+validate: best \(sorted[0]) median \(sorted[sorted.count / 2]) over \(runs) runs")
    print(
        "vigil instances \(configuration?.vrrpInstances.count ?? 0), virtual servers \(configuration?.virtualServers.count ?? 0), "
            + "real servers \(configuration?.virtualServers.reduce(0) { $0 + $1.realServers.count } ?? 0), "
            + "diagnostics \(result?.diagnostics.count ?? 0), exit status \(result?.exitStatus ?? -1)")
    let median = sorted[sorted.count / 2].components
    print("vigil median seconds: \(Double(median.seconds) + Double(median.attoseconds) / 1e18)")
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("vigil peak RSS KiB: \(usage.ru_maxrss)")
}
