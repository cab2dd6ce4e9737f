/// The rise/fall counter of a `vrrp_script` (keepalived section 3.14): results in, up/down out.
///
/// The counter lives in `0 ... rise + fall - 1` and the script is up while it is at least `rise`.
/// It starts at `rise - 1`, so the first result decides, unless `init_fail` starts it at 0 (down).
public struct VRRPScriptHealth: Hashable, Sendable {
    public let rise: Int
    public let fall: Int
    public private(set) var counter: Int
    /// nil until the first result decides (or `.down` from the start with `init_fail`).
    public private(set) var reading: VRRPTrackerReading?

    /// `rise` and `fall` below 1 are treated as 1, as keepalived's parser enforces.
    public init(rise: Int = 1, fall: Int = 1, initFail: Bool = false) {
        self.rise = max(rise, 1)
        self.fall = max(fall, 1)
        counter = initFail ? 0 : self.rise - 1
        reading = initFail ? .down : nil
    }

    /// Records one run's outcome; returns the new reading when it changed.
    public mutating func record(success: Bool) -> VRRPTrackerReading? {
        let before = reading
        if success { recordSuccess() } else { recordFailure() }
        return reading == before ? nil : reading
    }

    private mutating func recordSuccess() {
        if counter < rise - 1 {
            counter += 1
        } else {
            counter = rise + fall - 1
            reading = .up
        }
    }

    private mutating func recordFailure() {
        if counter > rise {
            counter -= 1
        } else {
            counter = 0
            reading = .down
        }
    }
}
