import Foundation
import Glibc

/// Runs the comparison: one server process, then for each size Vigil's prober and HAProxy in turn,
/// each measured over the same window after the same warm-up, from /proc.
struct Orchestrator {
    var sizes: [Int]
    var duration: Duration
    var warmup: Duration
    var interval: Duration
    var port: Int
    var serverThreads: Int
    var drivers: [String]

    struct Figures {
        var cpuPerMinute: Double
        var rssKiB: Int
        var peakRSSKiB: Int
        var checksPerSecond: Double
        var note: String

        /// CPU per check actually made: a checker that falls behind its schedule makes fewer.
        var microsecondsPerCheck: Double {
            checksPerSecond > 0 ? cpuPerMinute / 60 / checksPerSecond * 1e6 : .nan
        }
    }

    func run() throws {
        let limit = try raiseOpenFileLimit(to: 400_000)
        let countFile = NSTemporaryDirectory() + "vigil-bench-count-\(getpid())"
        let server = try spawn(
            Self.executable, ["serve", "--port", "\(port)", "--threads", "\(serverThreads)", "--count-file", countFile])
        defer {
            stop(server)
            unlink(countFile)
        }
        guard waitFor(countFile) else { throw BenchError.serverDidNotStart }
        print("HTTP_GET every \(interval) for \(duration) (after \(warmup) warm-up), real servers on 127.x.y.z:\(port)")
        print(
            "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load \(loadAverage()), open files \(limit)"
        )
        print("")
        fflush(nil)
        print(
            "servers | Vigil driver | Vigil CPU s/min | Vigil RSS MiB (peak) | Vigil checks/s | HAProxy CPU s/min | HAProxy RSS MiB (peak) | HAProxy checks/s | CPU ratio Vigil/HAProxy | CPU µs per check Vigil / HAProxy"
        )
        for size in sizes {
            let vigil = try drivers.map { try measureVigil(servers: size, driver: $0, countFile: countFile) }
            let haproxy = try measureHAProxy(servers: size, countFile: countFile, openFiles: Int(limit))
            for (driver, figures) in zip(drivers, vigil) {
                print(row(size, driver, figures, haproxy))
                print("    vigil (\(driver)): \(figures.note)")
            }
            print("    haproxy: \(haproxy.note)")
            // Each size's rows are out before the next size starts, even if a later one fails.
            fflush(nil)
        }
    }

    private func measureVigil(servers: Int, driver: String, countFile: String) throws -> Figures {
        let output = Pipe()
        let total = duration + warmup + .seconds(2)
        let prober = try spawn(
            Self.executable,
            [
                "probe", "--servers", "\(servers)", "--port", "\(port)", "--duration", "\(total.components.seconds)",
                "--interval-ms", "\(milliseconds(interval))", "--driver", driver,
            ], output: output)
        var figures = measure(prober, countFile: countFile)
        // A prober that cannot keep up finishes late; it is stopped 20 s after its planned end.
        let giveUp = Date().addingTimeInterval(20)
        while prober.isRunning && Date() < giveUp { Thread.sleep(forTimeInterval: 0.2) }
        let finished = !prober.isRunning
        stop(prober)
        let summary = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        figures.note =
            finished
            ? summary.trimmingCharacters(in: .whitespacesAndNewlines) : "did not finish its planned checks in time"
        return figures
    }

    private func measureHAProxy(servers: Int, countFile: String, openFiles: Int) throws -> Figures {
        let config = NSTemporaryDirectory() + "vigil-bench-haproxy-\(getpid())-\(servers).cfg"
        try HAProxyConfig.render(
            addresses: LoopbackAddresses.make(count: servers), port: port, listenPort: port + 1, interval: interval,
            openFiles: openFiles
        ).write(toFile: config, atomically: true, encoding: .utf8)
        defer { unlink(config) }
        let haproxy = try spawn("/usr/sbin/haproxy", ["-db", "-f", config])
        var figures = measure(haproxy, countFile: countFile)
        guard haproxy.isRunning else {
            return Figures(
                cpuPerMinute: .nan, rssKiB: 0, peakRSSKiB: 0, checksPerSecond: 0,
                note: "haproxy exited (see its alert above)")
        }
        stop(haproxy)
        figures.note = "haproxy -db -f \(config) (nbthread 1, option httpchk GET /, inter \(milliseconds(interval))ms)"
        return figures
    }

    /// CPU and memory of `process` over the measurement window, and the server's request rate.
    private func measure(_ process: Process, countFile: String) -> Figures {
        Thread.sleep(forTimeInterval: seconds(warmup))
        let pid = process.processIdentifier
        let before = ProcessSample.take(pid)
        let countBefore = readCount(countFile)
        let started = Date()
        Thread.sleep(forTimeInterval: seconds(duration))
        let after = ProcessSample.take(pid)
        let countAfter = readCount(countFile)
        let elapsed = Date().timeIntervalSince(started)
        let cpu = (after?.cpuSeconds ?? 0) - (before?.cpuSeconds ?? 0)
        return Figures(
            cpuPerMinute: cpu / elapsed * 60, rssKiB: after?.rssKiB ?? 0, peakRSSKiB: after?.peakRSSKiB ?? 0,
            checksPerSecond: Double(countAfter - countBefore) / elapsed, note: "")
    }

    private func row(_ size: Int, _ driver: String, _ vigil: Figures, _ haproxy: Figures) -> String {
        let ratio = haproxy.cpuPerMinute > 0 ? vigil.cpuPerMinute / haproxy.cpuPerMinute : .nan
        return [
            "\(size)", driver, fixed(vigil.cpuPerMinute, 2),
            "\(fixed(Double(vigil.rssKiB) / 1024, 1)) (\(fixed(Double(vigil.peakRSSKiB) / 1024, 1)))",
            fixed(vigil.checksPerSecond, 0), fixed(haproxy.cpuPerMinute, 2),
            "\(fixed(Double(haproxy.rssKiB) / 1024, 1)) (\(fixed(Double(haproxy.peakRSSKiB) / 1024, 1)))",
            fixed(haproxy.checksPerSecond, 0), fixed(ratio, 2),
            "\(fixed(vigil.microsecondsPerCheck, 1)) / \(fixed(haproxy.microsecondsPerCheck, 1))",
        ].joined(separator: " | ")
    }

    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    private func spawn(_ path: String, _ arguments: [String], output: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = FileHandle.standardError
        try process.run()
        return process
    }

    /// SIGKILL by PID: Foundation passes on this thread's signal mask, so SIGTERM may be blocked.
    private func stop(_ process: Process) {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private func waitFor(_ path: String) -> Bool {
        for _ in 0..<100 {
            if FileManager.default.fileExists(atPath: path) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    private func readCount(_ path: String) -> Int {
        Int((try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
            ?? 0
    }

    /// Raises RLIMIT_NOFILE for this process and its children: to `limit` where allowed, else to the
    /// hard limit (a container may deny raising it).
    private func raiseOpenFileLimit(to limit: rlim_t) throws -> rlim_t {
        var value = rlimit(rlim_cur: limit, rlim_max: limit)
        if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &value) != 0 {
            getrlimit(Int32(RLIMIT_NOFILE.rawValue), &value)
            value.rlim_cur = value.rlim_max
            guard setrlimit(Int32(RLIMIT_NOFILE.rawValue), &value) == 0 else { throw BenchError.openFileLimit }
        }
        return value.rlim_cur
    }

    private func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(
            separator: " ")
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }

    private func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
}

enum BenchError: Error {
    case serverDidNotStart
    case openFileLimit
    case haproxyExited(Int)
    case usage(String)
}
