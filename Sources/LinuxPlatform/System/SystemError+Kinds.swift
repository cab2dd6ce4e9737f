import Glibc

extension SystemError {
    /// `EACCES` or `EPERM`: the caller lacks the right, as opposed to the target missing or failing.
    public var isPermissionDenied: Bool { errno == EACCES || errno == EPERM }
}
