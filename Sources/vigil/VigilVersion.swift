/// Vigil's version: the one place it is written in the sources (`vigil --version`, the man page's
/// header and the package's version must agree with it).
enum VigilVersion {
    /// The release number.
    static let number = "0.12.0"

    /// What `vigil -v` prints.
    static var banner: String {
        "Vigil v\(number), a keepalived 2.2.7-compatible VRRP and load-balancer daemon\n"
    }
}
