import Glibc

/// The caller's ends of a child's standard streams, pumped with `poll(2)`: input written as the child
/// reads it, output and error collected until both reach end of file.
///
/// Socket pairs rather than pipes: a write to a child that already exited returns `EPIPE` instead of
/// raising SIGPIPE in the daemon (`MSG_NOSIGNAL`).
struct ProcessExchange {
    private var stdin: Int32 = -1
    private var stdout: Int32 = -1
    private var stderr: Int32 = -1
    private var childEnds: [Int32] = []
    private let input: [UInt8]
    private var written = 0
    private(set) var output: [UInt8] = []
    private(set) var errors: [UInt8] = []

    init(input: [UInt8], separateStandardError: Bool) throws(SystemError) {
        self.input = input
        do {
            if !input.isEmpty { (stdin, _) = try pair() }
            (stdout, _) = try pair()
            if separateStandardError { (stderr, _) = try pair() }
        } catch {
            closeAll()
            throw error
        }
    }

    /// Makes a socket pair; the first end stays here (non-blocking), the second is the child's.
    private mutating func pair() throws(SystemError) -> (Int32, Int32) {
        let (mine, theirs) = try System.socketPair()
        childEnds.append(theirs)
        try System.setNonBlocking(mine)
        return (mine, theirs)
    }

    /// Points `command`'s streams at the child's ends (error at output's end when merged).
    func connect(_ command: inout ChildCommand) {
        var ends = childEnds.makeIterator()
        if stdin >= 0, let end = ends.next() { command.standardInput = .descriptor(end) }
        guard let outputEnd = ends.next() else { return }
        command.standardOutput = .descriptor(outputEnd)
        command.standardError = .descriptor(ends.next() ?? outputEnd)
    }

    /// Closes the child's ends once it holds its own copies, so end of file can arrive.
    mutating func closeChildEnds() {
        childEnds.forEach(System.close)
        childEnds = []
    }

    /// Moves bytes until output and error reach end of file; false when the deadline (nil: none)
    /// passed first or `poll` failed.
    mutating func pump(until deadline: ContinuousClock.Instant?) -> Bool {
        while stdout >= 0 || stderr >= 0 {
            var timeout: Int32 = -1
            if let deadline {
                let remaining = deadline - .now
                guard remaining > .zero else { return false }
                timeout = Int32(clamping: max(remaining.milliseconds, 1))
            }
            var fds = [
                pollfd(fd: stdin, events: Int16(POLLOUT), revents: 0),
                pollfd(fd: stdout, events: Int16(POLLIN), revents: 0),
                pollfd(fd: stderr, events: Int16(POLLIN), revents: 0),
            ]
            guard (try? System.poll(&fds, timeoutMilliseconds: timeout)) != nil else { return false }
            if fds[0].revents != 0 { writeInput() }
            if fds[1].revents != 0 { Self.drain(&stdout, into: &output) }
            if fds[2].revents != 0 { Self.drain(&stderr, into: &errors) }
        }
        return true
    }

    private mutating func writeInput() {
        let sent = input.withUnsafeBytes { bytes in
            Result { () throws(SystemError) in try System.sendWithoutSignal(stdin, UnsafeRawBufferPointer(rebasing: bytes[written...])) }
        }
        switch sent {
        case .success(let count?):
            written += count
            if written == input.count { finishInput() }
        case .success(nil):
            break
        case .failure:
            // A child that stops reading (or exits) ends the input; its exit status tells what happened.
            finishInput()
        }
    }

    private mutating func finishInput() {
        if stdin >= 0 { System.close(stdin) }
        stdin = -1
    }

    private static func drain(_ descriptor: inout Int32, into buffer: inout [UInt8]) {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { (raw) -> Result<Int?, SystemError> in
                Result { () throws(SystemError) in try System.read(descriptor, into: raw) }
            }
            switch count {
            case .success(nil):
                return
            case .success(let n?) where n > 0:
                buffer += chunk[0..<n]
            case .success, .failure:
                System.close(descriptor)
                descriptor = -1
                return
            }
        }
    }

    mutating func closeAll() {
        for descriptor in [stdin, stdout, stderr] + childEnds where descriptor >= 0 { System.close(descriptor) }
        (stdin, stdout, stderr, childEnds) = (-1, -1, -1, [])
    }
}
