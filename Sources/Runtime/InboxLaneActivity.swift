/// How the inbox's lanes were used (`Inbox.lanes`): shows that the advert path touches no lock of
/// another subsystem's producers (BenchVRRPAllocations prints these over its window).
public struct InboxLaneActivity: Hashable, Sendable {
    /// Inputs accepted on the loop's own lane (`InboxLane.own`).
    public var ownLanePosts: Int
    /// Inputs accepted on the shared lane (`InboxLane.shared`).
    public var sharedLanePosts: Int
    /// Times the loop took the shared lane's lock; it does only when that lane holds something.
    public var sharedLaneLocksTakenByLoop: Int
    /// Times the loop found both lanes empty and parked until an input came.
    public var parks: Int

    public init(ownLanePosts: Int = 0, sharedLanePosts: Int = 0, sharedLaneLocksTakenByLoop: Int = 0, parks: Int = 0) {
        self.ownLanePosts = ownLanePosts
        self.sharedLanePosts = sharedLanePosts
        self.sharedLaneLocksTakenByLoop = sharedLaneLocksTakenByLoop
        self.parks = parks
    }
}
