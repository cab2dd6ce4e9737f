import LinuxPlatform
import NIOCore
import NIOSSL

/// Short, log-friendly text for the errors probes meet.
enum ProbeErrorText {
    static func describe(_ error: any Error) -> String {
        if let error = error as? IOError { return errno(error.errnoCode) }
        if let error = error as? NIOSSLError { return "TLS \(error)" }
        if let error = error as? BoringSSLError { return "TLS \(error)" }
        return "\(error)"
    }

    static func errno(_ code: CInt) -> String {
        System.errorText(code).lowercased()
    }
}
