import Foundation

/// BenchProbes: Vigil's HTTP_GET probe scheduler beside HAProxy's health checks, checking the same
/// real servers at the same interval (scripts/bench-probes.sh builds it in release and runs it).
///
///     BenchProbes [run] [--sizes 2000,10000,50000] [--duration 60] [--warmup 5] [--port 18080]
///                       [--drivers reactor,loop,stream,engine]
///     BenchProbes serve --port P --threads T --count-file F
///     BenchProbes probe --servers N --port P --duration S [--interval-ms 1000] [--driver reactor|loop|stream|engine]
///     (VIGIL_BENCH_DEBUG=1 makes the engine driver print its timer and load every 5 s)
let arguments = Array(CommandLine.arguments.dropFirst())
let mode = arguments.first.flatMap { $0.hasPrefix("--") ? nil : $0 } ?? "run"

func option(_ name: String, _ fallback: String) -> String {
    guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.count else { return fallback }
    return arguments[index + 1]
}

func integer(_ name: String, _ fallback: Int) -> Int { Int(option(name, "\(fallback)")) ?? fallback }

switch mode {
case "serve":
    try BenchServer.run(
        port: integer("port", 18080), threads: integer("threads", 2),
        countFile: option("count-file", "/tmp/vigil-bench-count"))
case "probe":
    try await VigilProber.run(
        servers: integer("servers", 2000), port: integer("port", 18080),
        interval: .milliseconds(integer("interval-ms", 1000)),
        duration: .seconds(integer("duration", 60)),
        driver: VigilProber.Driver(rawValue: option("driver", "loop")) ?? .loop)
case "run":
    let sizes = option("sizes", "2000,10000,50000").split(separator: ",").compactMap { Int($0) }
    try Orchestrator(
        sizes: sizes, duration: .seconds(integer("duration", 60)), warmup: .seconds(integer("warmup", 5)),
        interval: .milliseconds(integer("interval-ms", 1000)), port: integer("port", 18080),
        serverThreads: integer("server-threads", 2),
        drivers: option("drivers", "reactor,loop").split(separator: ",").map(String.init)
    ).run()
default:
    throw BenchError.usage("unknown mode \(mode)")
}
