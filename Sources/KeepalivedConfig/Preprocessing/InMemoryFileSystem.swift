/// A `ConfigFileSystem` held in memory, for tests and tools: directories are implied by the file paths.
public struct InMemoryFileSystem: ConfigFileSystem {
    private let files: [String: [UInt8]]
    private let directories: [String: [String]]
    private let variables: [String: String]

    public init(files: [String: String], environment: [String: String] = [:]) {
        self.init(fileBytes: files.mapValues { Array($0.utf8) }, environment: environment)
    }

    public init(fileBytes: [String: [UInt8]], environment: [String: String] = [:]) {
        var normalizedFiles: [String: [UInt8]] = [:]
        var entries: [String: Set<String>] = [:]
        for (path, bytes) in fileBytes {
            var current = ConfigPath.normalize(path)
            normalizedFiles[current] = bytes
            while current != "/" && current != "." {
                let parent = ConfigPath.directory(of: current)
                entries[parent, default: []].insert(ConfigPath.lastComponent(of: current))
                current = parent
            }
        }
        self.files = normalizedFiles
        self.directories = entries.mapValues { $0.sorted() }
        self.variables = environment
    }

    public func readFile(_ path: String) throws(ConfigFileSystemError) -> [UInt8] {
        let normalized = ConfigPath.normalize(path)
        if let bytes = files[normalized] { return bytes }
        if directories[normalized] != nil { throw .unreadable(path, reason: "Is a directory") }
        throw .notFound(path)
    }

    public func listDirectory(_ path: String) -> [String]? {
        directories[ConfigPath.normalize(path)]
    }

    public func exists(_ path: String) -> Bool {
        let normalized = ConfigPath.normalize(path)
        return files[normalized] != nil || directories[normalized] != nil
    }

    public func environment(_ name: String) -> String? { variables[name] }
}
