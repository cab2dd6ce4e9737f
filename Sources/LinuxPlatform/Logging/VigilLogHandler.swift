import Logging

/// The swift-log `LogHandler` behind every Vigil `Logger`: the level filter and metadata swift-log
/// asks of a handler, and one `LogOutput` (console, syslog or file) that formats and writes the line.
/// Several outputs are combined with swift-log's `MultiplexLogHandler`.
public struct VigilLogHandler: LogHandler {
    /// Where the lines go.
    public let output: any LogOutput
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?

    /// A handler writing lines at `logLevel` and above to `output`.
    public init(output: any LogOutput, logLevel: Logger.Level = .info) {
        self.output = output
        self.logLevel = logLevel
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        output.write(event.message.description, level: event.level)
    }
}
