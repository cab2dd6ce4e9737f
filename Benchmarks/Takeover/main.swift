// One 200-instance takeover on the daemon's VRRP path, timed (Docs/Benchmarks.md). Run by hand, as
// root, never in CI: `swift build -c release --product BenchTakeover && .build/release/BenchTakeover`.
// The bench runs itself again inside a network namespace of its own (`unshare -n`), with a veth pair.
import Glibc

if !TakeoverNamespace.isInside {
    exit(TakeoverNamespace.reenter())
}
do {
    try TakeoverNamespace.prepare()
} catch {
    print("cannot prepare the namespace: \(error)")
    exit(1)
}
let rounds = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 5
try await TakeoverBenchmark.run(rounds: rounds)
