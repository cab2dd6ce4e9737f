import CNetShim
import Glibc
import NetworkPrimitives

/// How a non-blocking `connect` left the socket.
package enum ConnectProgress: Sendable {
    /// The handshake finished inside the call (usual on loopback).
    case connected
    /// The handshake goes on; the socket becomes writable when it ends.
    case inProgress
}

extension System {
    /// The epoll bits the stream probes use (linux/eventpoll.h; the Glibc module lacks sys/epoll.h).
    package enum EpollEvent {
        package static let readable: UInt32 = 0x001
        package static let writable: UInt32 = 0x004
        package static let error: UInt32 = 0x008
        package static let hangUp: UInt32 = 0x010
        package static let peerClosed: UInt32 = 0x2000
        package static let edgeTriggered: UInt32 = 1 << 31
    }

    /// `EPOLL_CTL_ADD` and `EPOLL_CTL_MOD`.
    private static let epollAddOperation: Int32 = 1
    private static let epollModifyOperation: Int32 = 3
    private static let epollDeleteOperation: Int32 = 2

    package static func epollCreate() throws(SystemError) -> Int32 {
        try retrying("epoll_create1") { vigil_epoll_create() }
    }

    /// Adds `fd` to `epoll` with `events`; `data` comes back with each of its events.
    package static func epollAdd(_ epoll: Int32, _ fd: Int32, events: UInt32, data: UInt64) throws(SystemError) {
        _ = try retrying("epoll_ctl(ADD)") { vigil_epoll_ctl(epoll, epollAddOperation, fd, events, data) }
    }

    /// Replaces the events and data of `fd`, already in `epoll`; the kernel re-checks the socket, so
    /// an edge-triggered registration reports what is ready now.
    package static func epollModify(_ epoll: Int32, _ fd: Int32, events: UInt32, data: UInt64) throws(SystemError) {
        _ = try retrying("epoll_ctl(MOD)") { vigil_epoll_ctl(epoll, epollModifyOperation, fd, events, data) }
    }

    /// Removes `fd` from `epoll`; a descriptor already gone (closed) is not an error.
    package static func epollRemove(_ epoll: Int32, _ fd: Int32) {
        _ = vigil_epoll_ctl(epoll, epollDeleteOperation, fd, 0, 0)
    }

    /// Waits up to `timeoutMilliseconds` (-1: forever) for at most `capacity` (<= 1024) events.
    /// `EINTR` is reported as no events, so the caller re-checks its timers.
    package static func epollWait(
        _ epoll: Int32, data: UnsafeMutablePointer<UInt64>, events: UnsafeMutablePointer<UInt32>, capacity: Int32,
        timeoutMilliseconds: Int32
    ) throws(SystemError) -> Int {
        let count = vigil_epoll_wait(epoll, data, events, capacity, timeoutMilliseconds)
        if count >= 0 { return Int(count) }
        if Glibc.errno == EINTR { return 0 }
        throw SystemError(call: "epoll_wait", errno: Glibc.errno)
    }

    /// A non-blocking eventfd, for waking a thread blocked in `epollWait`.
    package static func eventFD() throws(SystemError) -> Int32 {
        try retrying("eventfd") { vigil_eventfd() }
    }

    /// Adds 1 to an eventfd (a full counter already means "wake up").
    package static func signal(eventFD fd: Int32) {
        var one: UInt64 = 1
        _ = withUnsafeBytes(of: &one) { Glibc.write(fd, $0.baseAddress, 8) }
    }

    /// Resets an eventfd to zero.
    package static func drain(eventFD fd: Int32) {
        var value: UInt64 = 0
        _ = withUnsafeMutableBytes(of: &value) { Glibc.read(fd, $0.baseAddress, 8) }
    }

    /// `connect` on a non-blocking socket. A signal during the call leaves the handshake running,
    /// so `EINTR` and `EALREADY` mean "in progress" as `EINPROGRESS` does.
    package static func connect(_ fd: Int32, to address: UnsafePointer<sockaddr>, length: socklen_t)
        throws(SystemError) -> ConnectProgress
    {
        if Glibc.connect(fd, address, length) == 0 { return .connected }
        let error = Glibc.errno
        if error == EINPROGRESS || error == EINTR || error == EALREADY { return .inProgress }
        throw SystemError(call: "connect", errno: error)
    }

    /// `send` without SIGPIPE; nil when the socket cannot take more yet.
    package static func send(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemError) -> Int? {
        try retryingUnlessWouldBlock("send") { Glibc.send(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL)) }
    }

    /// `recv`; nil when nothing is pending, 0 at end of stream.
    package static func receive(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> Int? {
        try retryingUnlessWouldBlock("recv") { Glibc.recv(fd, buffer.baseAddress, buffer.count, 0) }
    }

    /// Closes a TCP socket with a reset (SO_LINGER 0) instead of a FIN: neither side keeps a
    /// TIME_WAIT entry, which matters at thousands of probe connections a second.
    package static func closeWithReset(_ fd: Int32) {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        _ = Glibc.setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close(fd)
    }

    /// Dissolves a TCP socket's connection with `connect(AF_UNSPEC)` so the socket can connect again:
    /// an open connection is reset (RST, no TIME_WAIT, as `closeWithReset`) and the local port is
    /// freed. False if the kernel refused; the caller closes the socket then.
    package static func disconnect(_ fd: Int32) -> Bool {
        var unspecified = sockaddr()
        unspecified.sa_family = sa_family_t(AF_UNSPEC)
        return Glibc.connect(fd, &unspecified, socklen_t(MemoryLayout<sockaddr>.size)) == 0
    }

    /// Makes a client TCP socket hold the last ACK of its handshake until it sends data, so the
    /// request carries it (one segment fewer per exchange); the ACK goes alone after 200 ms at most.
    /// Linux reads `TCP_DEFER_ACCEPT` on a connecting socket this way (tcp_rcv_synsent_state_process).
    package static func sendAckWithFirstData(_ fd: Int32) throws(SystemError) {
        try setSocketOption(fd, level: Int32(IPPROTO_TCP), name: TCP_DEFER_ACCEPT, value: 1, label: "TCP_DEFER_ACCEPT")
    }

    /// The error a failed non-blocking connect left on the socket (`SO_ERROR`), 0 if none.
    package static func pendingError(_ fd: Int32) -> Int32 {
        var value: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        guard Glibc.getsockopt(fd, SOL_SOCKET, SO_ERROR, &value, &size) == 0 else { return Glibc.errno }
        return value
    }

    /// `bind` to a raw socket address of `length` bytes.
    package static func bind(_ fd: Int32, to address: UnsafePointer<sockaddr>, length: socklen_t) throws(SystemError) {
        _ = try retrying("bind") { Glibc.bind(fd, address, length) }
    }

    /// Sleeps for `duration` (a signal may end it early, which only shortens a batching pause).
    package static func sleep(_ duration: Duration) {
        let nanoseconds = max(0, duration.nanosecondsClamped)
        var request = timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
        _ = nanosleep(&request, nil)
    }

    /// CLOCK_MONOTONIC, the clock swift-nio's deadlines and epoll timeouts use.
    package static func monotonicNow() -> MonotonicInstant {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return MonotonicInstant(nanoseconds: Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec))
    }
}
