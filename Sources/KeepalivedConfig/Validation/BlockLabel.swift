/// How a block is named in the "in ... defined here" note of the diagnostics found inside it. The text
/// is built only when a diagnostic needs it, so reading large configurations stays cheap.
enum BlockLabel {
    /// A block known by its keyword alone: `url`, `global_defs`.
    case plain(String)
    /// A named block: `vrrp_instance 'VI_1'`.
    case named(String, String)
    /// A block known by its keyword and arguments as written: `real_server 10.0.1.1 80`.
    case words(String, [Token])
    /// A virtual server, by the service it names.
    case virtualServer(VirtualServerAddress)

    var text: String {
        switch self {
        case .plain(let keyword): keyword
        case .named(let keyword, let name): "\(keyword) '\(name)'"
        case .words(let keyword, let arguments): ([keyword] + arguments.map(\.text)).joined(separator: " ")
        case .virtualServer(let address): "virtual_server \(address)"
        }
    }
}
