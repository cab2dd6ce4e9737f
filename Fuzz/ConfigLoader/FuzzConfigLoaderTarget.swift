import KeepalivedConfig

/// What one fuzz input exercises: the bytes are a configuration (twice: the main file includes a second
/// file built from the same bytes). Loading must never trap, and every diagnostic must point inside the
/// input; otherwise this traps so libFuzzer keeps the input.
enum FuzzConfigLoader {
    static let mainPath = "/fuzz/keepalived.conf"
    static let includedPath = "/fuzz/included.conf"

    static func fuzzOne(_ bytes: [UInt8]) {
        let files = files(for: bytes)
        let result = KeepalivedConfigLoader.load(
            path: mainPath, options: ParseOptions(configID: "fuzz", randomSeed: 1),
            fileSystem: InMemoryFileSystem(fileBytes: files))
        for diagnostic in result.diagnostics {
            check(diagnostic.location, files: files, diagnostic: diagnostic)
            for note in diagnostic.notes { check(note.location, files: files, diagnostic: diagnostic) }
        }
        _ = result.configuration.jsonValue.rendered()
    }

    /// The main file is `include` of the second file followed by the input; the second file is the input.
    static func files(for bytes: [UInt8]) -> [String: [UInt8]] {
        [mainPath: Array("include \(includedPath)\n".utf8) + bytes, includedPath: bytes]
    }

    private static func check(_ location: SourceLocation?, files: [String: [UInt8]], diagnostic: Diagnostic) {
        guard let location else { return }
        guard let content = files[location.file] else {
            fatalError("diagnostic in an unknown file: \(location) — \(diagnostic.message)")
        }
        let lines = LineTable(content)
        guard let length = lines.length(ofLine: location.line), location.column >= 1, location.column <= length + 1
        else {
            fatalError("diagnostic outside the input: \(location) (\(lines.count) lines) — \(diagnostic.message)")
        }
        for site in location.includedFrom
        where files[site.file] == nil || LineTable(files[site.file] ?? []).length(ofLine: site.line) == nil {
            fatalError("include site outside the input: \(site.file):\(site.line) — \(diagnostic.message)")
        }
    }
}

/// The lines of a file: their count and byte lengths (without the line end).
struct LineTable {
    private var lengths: [Int] = []

    init(_ bytes: [UInt8]) {
        var current = 0
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                lengths.append(current)
                current = 0
            } else {
                current += 1
            }
        }
        if current > 0 || bytes.isEmpty { lengths.append(current) }
    }

    var count: Int { lengths.count }

    /// The length of 1-based line `line`, or nil when the file has no such line.
    func length(ofLine line: Int) -> Int? {
        line >= 1 && line <= lengths.count ? lengths[line - 1] : nil
    }
}
