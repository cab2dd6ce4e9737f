/// FILE_CHECK (keepalived 2.2.7, Docs/Keepalived.md §2.3): a `track_file`'s value decides the real
/// server. With weight 0, a value of 0 is up and any other value down (`reverse`: the other way
/// round). With a weight, the real server stays up and value × weight (negated with `reverse`) is
/// added to its weight; a product at or below the 32-bit minimum is keepalived's fault value, down.
/// Vigil reads the file at every check (keepalived reacts to inotify; the check runs every 250 ms).
public struct FileProbe: Hashable, Sendable {
    /// The tracked file.
    public var path: String
    /// FILE_CHECK's `weight`, else the track_file's.
    public var weight: Int
    public var reverse: Bool
    /// The real server's configured weight, which value × weight adjusts.
    public var baseWeight: Int

    public init(path: String, weight: Int, reverse: Bool, baseWeight: Int) {
        self.path = path
        self.weight = weight
        self.reverse = reverse
        self.baseWeight = baseWeight
    }

    /// The verdict for the file's value; nil (a number outside the 32-bit range, which keepalived
    /// ignores) fails the check.
    public func result(forValue value: Int?) -> ProbeResult {
        guard let value else { return .failure(reason: "\(path) holds a number out of range") }
        if weight == 0 {
            let down = (value != 0) != reverse
            return down ? .failure(reason: "\(path) reads \(value)") : .success
        }
        let status = value.multipliedReportingOverflow(by: weight * (reverse ? -1 : 1))
        guard !status.overflow, status.partialValue > Int(Int32.min) else {
            return .failure(reason: "\(path) reads \(value): fault")
        }
        return .successWithWeight(baseWeight + min(status.partialValue, Int(Int32.max)))
    }
}
