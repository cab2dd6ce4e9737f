/// The outcome of `AdvertisementValidator.validate`.
public enum AdvertisementValidation: Hashable, Sendable {
    case accepted(AcceptedAdvertisement)
    case rejected(VRRPRejection)

    /// The accepted advert, or nil.
    public var accepted: AcceptedAdvertisement? {
        switch self {
        case .accepted(let accepted): accepted
        case .rejected: nil
        }
    }

    /// The rejection, or nil.
    public var rejection: VRRPRejection? {
        switch self {
        case .accepted: nil
        case .rejected(let rejection): rejection
        }
    }
}
