import Glibc
import Netlink

/// Why a netlink request failed.
public enum NetlinkRequestError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The socket call itself failed.
    case system(SystemError)
    /// The kernel refused the request: positive errno and the extended-ack text when given.
    case kernel(errno: Int32, message: String?)
    /// The reply did not decode.
    case malformedReply(NetlinkDecodingError)
    /// No final reply arrived within the deadline.
    case timedOut

    /// The kernel's errno, when the kernel refused.
    public var kernelErrno: Int32? {
        if case .kernel(let errno, _) = self { return errno }
        return nil
    }

    public var description: String {
        switch self {
        case .system(let error): "\(error)"
        case .kernel(let errno, let message):
            "netlink: \(String(cString: strerror(errno))) (errno \(errno))" + (message.map { ": \($0)" } ?? "")
        case .malformedReply(let error): "netlink: malformed reply: \(error)"
        case .timedOut: "netlink: no reply before the deadline"
        }
    }
}
