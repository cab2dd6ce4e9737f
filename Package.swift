// swift-tools-version: 6.0
import PackageDescription

// Module map: Docs/Architecture.md. Pure targets (NetworkPrimitives, KeepalivedConfig, VRRP,
// HealthCheck, LoadBalancer, Netlink, Engine, Runtime) import only the standard library and our
// own pure modules; scripts/check-imports.sh enforces it in CI.
let fuzzSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "Vigil",
    products: [
        .executable(name: "vigil", targets: ["vigil"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Pure core.
        .target(name: "NetworkPrimitives"),
        .target(name: "KeepalivedConfig", dependencies: ["NetworkPrimitives"]),
        .target(name: "VRRP", dependencies: ["NetworkPrimitives"]),
        .target(name: "HealthCheck", dependencies: ["NetworkPrimitives"]),
        .target(name: "LoadBalancer", dependencies: ["NetworkPrimitives"]),
        .target(name: "Netlink", dependencies: ["NetworkPrimitives"]),
        .target(name: "Engine", dependencies: ["NetworkPrimitives", "VRRP", "HealthCheck", "LoadBalancer"]),
        .target(name: "Runtime", dependencies: ["NetworkPrimitives", "HealthCheck", "LoadBalancer", "Engine"]),
        // `vigil plan`: VIP-to-node priority layouts for active-active VRRP (Docs/ScaleOut.md).
        .target(name: "ScaleOut", dependencies: ["NetworkPrimitives"]),

        // OS shell.
        .target(name: "CNetShim"),
        .target(
            name: "LinuxPlatform",
            dependencies: [
                "CNetShim", "NetworkPrimitives", "KeepalivedConfig", "Netlink", "VRRP", "LoadBalancer", "Engine", "Runtime",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Probes",
            dependencies: [
                "NetworkPrimitives", "HealthCheck", "KeepalivedConfig", "Engine", "Runtime", "LinuxPlatform",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(
            name: "Daemon",
            dependencies: [
                "NetworkPrimitives", "KeepalivedConfig", "VRRP", "Engine", "Runtime", "LinuxPlatform",
                "HealthCheck", "LoadBalancer", "CNetShim", "Probes",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // The namespace lab: `vigil demo`, BenchFailover and the namespace tests.
        .target(name: "VigilLab", dependencies: ["LinuxPlatform", "NetworkPrimitives", "Netlink"]),
        .executableTarget(
            name: "vigil",
            dependencies: [
                "Daemon", "KeepalivedConfig", "LinuxPlatform", "NetworkPrimitives", "VigilLab",
                "ScaleOut",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["vigil.order", "StaticLink"],
            // Release: the Swift runtime, FoundationEssentials (with their C shims) and libstdc++
            // (StaticLink/libstdc++.so says how) linked in, and no symbol table exported, so fewer
            // shared libraries are mapped, relocated and faulted in; linked by lld with packed
            // relative relocations (the loader reads 13 KiB of them, not 1.5 MiB) and the functions
            // a running daemon executes laid out first, in one run of pages (vigil.order, written by
            // scripts/symbol-order; scripts/build-release gives every function its section). Docs/Benchmarks.md
            // has the idle RSS this buys.
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-static-stdlib", "-l_FoundationCShims", "-l_FoundationCollections",
                        "-L\(Context.packageDirectory)/Sources/vigil/StaticLink",
                        "-Xlinker", "--no-export-dynamic",
                        "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                        "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/Sources/vigil/vigil.order",
                        "-Xlinker", "--no-warn-symbol-ordering",
                    ],
                    .when(configuration: .release))
            ]
        ),

        // Fuzzers (libFuzzer; scripts/fuzz-smoke.sh builds them with -sanitize=fuzzer) and benchmarks.
        .target(name: "FuzzSupport", path: "Fuzz/Support"),
        .executableTarget(name: "FuzzConfigLoader", dependencies: ["KeepalivedConfig", "FuzzSupport"], path: "Fuzz/ConfigLoader",
            exclude: ["seeds"], swiftSettings: fuzzSettings),
        .executableTarget(name: "FuzzVRRPDecoder", dependencies: ["VRRP", "FuzzSupport"], path: "Fuzz/VRRPDecoder",
            exclude: ["seeds"], swiftSettings: fuzzSettings),
        .executableTarget(name: "BenchConfig", dependencies: ["KeepalivedConfig"], path: "Benchmarks/Config"),
        .executableTarget(name: "BenchFailover", dependencies: ["VigilLab"], path: "Benchmarks/Failover"),
        .executableTarget(name: "BenchConnSync", dependencies: ["VigilLab"], path: "Benchmarks/ConnSync"),
        .executableTarget(
            name: "BenchLogging",
            dependencies: ["Engine", "LinuxPlatform", .product(name: "Logging", package: "swift-log")],
            path: "Benchmarks/Logging"),
        .executableTarget(
            name: "BenchVRRP", dependencies: ["VRRP", "Engine", "TestSupport"], path: "Benchmarks/VRRP"
        ),
        // Allocations per VRRP advert (Docs/Benchmarks.md); the malloc interposer is linked into it alone.
        .target(name: "AllocationCounter", path: "Benchmarks/AllocationCounter"),
        .executableTarget(
            name: "BenchVRRPAllocations",
            dependencies: [
                "AllocationCounter", "VRRP", "Engine", "Runtime", "LinuxPlatform", "NetworkPrimitives", "Netlink", "VigilLab",
            ],
            path: "Benchmarks/VRRPAllocations"
        ),
        // One 200-instance takeover, timed on the daemon's VRRP path (Docs/Benchmarks.md); root, by hand.
        .executableTarget(
            name: "BenchTakeover",
            dependencies: [
                "Daemon", "Engine", "LinuxPlatform", "NetworkPrimitives", "Runtime", "VRRP",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/Takeover"
        ),
        .executableTarget(
            name: "BenchProbes",
            dependencies: [
                "Probes", "HealthCheck", "NetworkPrimitives",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Benchmarks/Probes"
        ),

        // Tests.
        .target(
            name: "TestSupport",
            dependencies: ["NetworkPrimitives", "VRRP", "HealthCheck", "LoadBalancer", "Engine", "Runtime"],
            path: "Tests/TestSupport"
        ),
        .target(name: "TestFiles", path: "Tests/TestFiles"),
        .testTarget(name: "NetworkPrimitivesTests", dependencies: ["NetworkPrimitives"]),
        .testTarget(
            name: "KeepalivedConfigTests", dependencies: ["KeepalivedConfig", "TestSupport", "TestFiles"], exclude: ["Fixtures"]),
        .testTarget(name: "VRRPTests", dependencies: ["VRRP", "TestSupport"], exclude: ["Vectors"]),
        .testTarget(name: "HealthCheckTests", dependencies: ["HealthCheck", "NetworkPrimitives", "TestSupport"]),
        .testTarget(name: "LoadBalancerTests", dependencies: ["LoadBalancer", "TestSupport"]),
        .testTarget(name: "NetlinkTests", dependencies: ["Netlink", "TestSupport"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "HealthCheck", "VRRP", "TestSupport"]),
        .testTarget(
            name: "RuntimeTests", dependencies: ["Runtime", "Engine", "HealthCheck", "LoadBalancer", "TestSupport"]),
        .testTarget(
            name: "LinuxPlatformTests",
            dependencies: [
                "LinuxPlatform", "KeepalivedConfig", "Engine", "Runtime", "TestSupport", "VigilLab",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "ProbesTests",
            dependencies: [
                "Probes", "HealthCheck", "NetworkPrimitives", "TestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .testTarget(
            name: "DaemonTests", dependencies: ["Daemon", "KeepalivedConfig", "LinuxPlatform", "TestSupport"]
        ),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["TestSupport", "TestFiles", "Daemon", "KeepalivedConfig", "LinuxPlatform", "VigilLab"]
        ),
        .testTarget(name: "VigilLabTests", dependencies: ["VigilLab", "LinuxPlatform"]),
        .testTarget(name: "ScaleOutTests", dependencies: ["ScaleOut", "KeepalivedConfig", "NetworkPrimitives"]),
    ]
)
