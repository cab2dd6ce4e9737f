import NIOCore
import NIOPosix

extension StatusClient {
    /// Sends a `vigil ctl` command; returns the daemon's answer (one line for the operator).
    public func controlBlocking(_ command: ControlCommand) throws(StatusClientError) -> String {
        do {
            let body = try request(command.target, method: "POST").wait()
            return String(decoding: body, as: UTF8.self)
        } catch let error as StatusClientError {
            throw error
        } catch {
            throw classify(error)
        }
    }

    /// Streams `/watch`: calls `line` with each line the daemon sends (the states now, then every
    /// transition) until the daemon closes the connection; blocks the calling thread meanwhile.
    public func watchBlocking(_ line: @escaping @Sendable (String) -> Void) throws(StatusClientError) {
        let eventLoop = MultiThreadedEventLoopGroup.singleton.next()
        let done = eventLoop.makePromise(of: Void.self)
        let connecting = ClientBootstrap(group: eventLoop)
            .connectTimeout(.nanoseconds(timeout.nanosecondsClamped))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(StatusLineReader(done: done, line: line))
                }
            }
            .connect(unixDomainSocketPath: socketPath)
        connecting.whenSuccess { channel in
            channel.writeAndFlush(ByteBuffer(string: "GET /watch HTTP/1.0\r\n\r\n"), promise: nil)
        }
        connecting.whenFailure { done.fail($0) }
        do {
            try done.futureResult.wait()
        } catch let error as StatusClientError {
            throw error
        } catch {
            throw classify(error)
        }
    }
}
