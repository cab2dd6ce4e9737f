extension RawVRRPSocket {
    /// Received datagrams as an async stream, read on `loop`'s thread. Receive errors other than
    /// "would block" (e.g. `ENOBUFS`) end one drain and are otherwise ignored: VRRP tolerates loss.
    public func datagrams(on loop: PollLoop) -> AsyncStream<ReceivedVRRPDatagram> {
        loop.stream(of: fileDescriptor) { [self] in
            var batch: [ReceivedVRRPDatagram] = []
            while let datagram = try? receive() { batch.append(datagram) }
            return batch
        }
    }
}
