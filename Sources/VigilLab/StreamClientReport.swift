/// What the stream client (`StreamLabScripts.client`) saw over one window, between two marks.
public struct StreamClientReport: Codable, Hashable, Sendable {
    /// The window's number: 0 ends at the first mark, when every connection has started.
    public var window: Int
    /// Connections the client opened.
    public var connections: Int
    /// Connections open at the mark.
    public var alive: Int
    /// Connections open at the window's start and reset or closed during it.
    public var reset: Int
    /// Open connections that waited more than 2 s for a reply during the window.
    public var stalled: Int
    /// Connections open at the window's start and at its end that never waited more than 2 s.
    public var survived: Int
    /// Connections, open at the window's start, on which the real server speaks and the client only
    /// acknowledges.
    public var pushing: Int
    /// Of those, the ones that survived.
    public var pushingSurvived: Int
    /// Why the connections reset during the window ended, one entry per real server and reason.
    public var errors: [String]
    /// The longest wait for a reply of an open connection during the window, in seconds.
    public var maxGap: Double
    /// Open connections by the real server answering them.
    public var servers: [String: Int]

    /// `survived` as a fraction of `connections`.
    public var survivingFraction: Double { connections == 0 ? 0 : Double(survived) / Double(connections) }
}
