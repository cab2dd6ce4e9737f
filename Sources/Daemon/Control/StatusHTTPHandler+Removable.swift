import NIOCore

/// A control request takes the connection over: the status handler, and its request timeout, leave
/// the pipeline (`ControlHTTPHandler`).
extension StatusHTTPHandler: RemovableChannelHandler {}
