@testable import KeepalivedConfig

/// Parses text held in memory as /etc/keepalived/keepalived.conf, with optional extra files.
enum ConfigTextFixture {
    static let mainPath = "/etc/keepalived/keepalived.conf"

    static func parse(
        _ text: String, files: [String: String] = [:], environment: [String: String] = [:], configID: String = "lb1",
        limits: ParseLimits = ParseLimits(), seed: UInt64 = 1
    ) -> ParsedConfigText {
        var all = files
        all[mainPath] = text
        return ConfigTextParser.parse(
            path: mainPath, options: ParseOptions(configID: configID, limits: limits, randomSeed: seed),
            fileSystem: InMemoryFileSystem(files: all, environment: environment))
    }

    /// Each statement as its words joined by spaces, blocks as `{ ... }`, depth-first.
    static func outline(_ nodes: [ConfigNode]) -> [String] {
        var out: [String] = []
        for node in nodes {
            out.append(node.words.map(\.text).joined(separator: " "))
            if let children = node.children {
                out.append("{")
                out += outline(children)
                out.append("}")
            }
        }
        return out
    }

    /// All statements' word lists, flattened depth-first.
    static func lines(_ nodes: [ConfigNode]) -> [[String]] {
        nodes.flatMap { [$0.words.map(\.text)] + lines($0.children ?? []) }
    }

    static func messages(_ parsed: ParsedConfigText, _ severity: Diagnostic.Severity = .error) -> [String] {
        parsed.diagnostics.filter { $0.severity == severity }.map(\.message)
    }
}

extension ParsedConfigText {
    /// Every statement as its words joined by single spaces, depth-first.
    var statements: [String] { ConfigTextFixture.lines(nodes).map { $0.joined(separator: " ") } }
}
