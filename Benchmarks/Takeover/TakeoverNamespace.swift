import Glibc

/// The bench's own network namespace: the process runs itself again under `unshare -n` (so every
/// thread, the VRRP reactor's included, is inside it), then makes a veth pair there, `vg0` (the node's
/// interface, 10.99.0.2/24) and `vg1` (its peer, where adverts and GARPs go and are dropped).
enum TakeoverNamespace {
    static let marker = "VIGIL_BENCH_TAKEOVER_NETNS"
    static let interface = "vg0"

    struct CommandFailed: Error, CustomStringConvertible {
        var command: String
        var status: Int32
        var description: String { "\(command) exited with \(status)" }
    }

    static var isInside: Bool { getenv(marker) != nil }

    /// Runs this executable again in a new network namespace; returns its exit status.
    static func reenter() -> Int32 {
        setenv(marker, "1", 1)
        let arguments = ["unshare", "-n", "--", CommandLine.arguments[0]] + CommandLine.arguments.dropFirst()
        var pid: pid_t = 0
        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        guard posix_spawnp(&pid, "unshare", nil, nil, cArguments, environ) == 0 else {
            print("cannot run unshare -n (root is needed)")
            return 1
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 1
    }

    static func prepare() throws {
        for command in [
            "ip link set lo up",
            "ip link add \(interface) type veth peer name vg1",
            "ip link set vg1 up",
            "ip link set \(interface) up",
            "ip addr add 10.99.0.2/24 dev \(interface)",
        ] {
            let status = system(command)
            guard status == 0 else { throw CommandFailed(command: command, status: status) }
        }
    }
}
