/// Expands an include pattern into file paths over a `ConfigFileSystem`, recording what `glob(3)` would
/// have noticed on the way (missing files and directories, wildcards) for keepalived's include checks.
struct IncludeGlob {
    struct Result: Equatable {
        var paths: [String] = []
        var missingFiles = 0
        var missingDirectories = 0
        var hadWildcards = false
        var hadBraces = false
        /// True when brace expansion went over `ParseLimits.maxGlobPatterns`.
        var tooManyPatterns = false
    }

    let fileSystem: any ConfigFileSystem
    let patternLimit: Int

    /// The files `pattern` (already resolved against the including file's directory) names, in order:
    /// brace alternatives as written, each alternative's matches sorted.
    func expand(_ pattern: String) -> Result {
        var result = Result()
        let bytes = Array(pattern.utf8)
        result.hadBraces = BraceExpansion.hasBrace(bytes)
        guard let alternatives = BraceExpansion.expand(bytes, limit: patternLimit) else {
            result.tooManyPatterns = true
            return result
        }
        for alternative in alternatives {
            expandAlternative(String(decoding: alternative, as: UTF8.self), into: &result)
        }
        return result
    }

    private func expandAlternative(_ pattern: String, into result: inout Result) {
        let absolute = ConfigPath.isAbsolute(pattern)
        let components = pattern.split(separator: "/", omittingEmptySubsequences: true).map { GlobPattern(String($0)) }
        guard components.contains(where: \.hasWildcards) else {
            let path = ConfigPath.normalize(components.map(\.literal).joined(separator: "/").withRoot(absolute))
            if fileSystem.exists(path) { result.paths.append(path) } else { result.missingFiles += 1 }
            return
        }
        result.hadWildcards = true
        var prefixes = [absolute ? "/" : ""]
        for (index, component) in components.enumerated() {
            let isLast = index == components.count - 1
            if component.hasWildcards {
                prefixes = matching(component, under: prefixes, result: &result)
                // Like glob(3), only directories lead on to the next component.
                if !isLast { prefixes = prefixes.filter { fileSystem.listDirectory($0) != nil } }
            } else {
                prefixes = prefixes.map { join($0, component.literal) }
                if isLast {
                    let present = prefixes.filter { fileSystem.exists($0) }
                    result.missingFiles += prefixes.count - present.count
                    prefixes = present
                }
            }
            if prefixes.isEmpty { return }
        }
        result.paths.append(
            contentsOf: prefixes.map(ConfigPath.normalize).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    private func matching(_ component: GlobPattern, under prefixes: [String], result: inout Result) -> [String] {
        var next: [String] = []
        for prefix in prefixes {
            guard let entries = fileSystem.listDirectory(prefix.isEmpty ? "." : prefix) else {
                result.missingDirectories += 1
                continue
            }
            let names = entries.filter(component.matches).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            next.append(contentsOf: names.map { join(prefix, $0) })
        }
        return next
    }

    private func join(_ prefix: String, _ name: String) -> String {
        if prefix.isEmpty { return name }
        return prefix.hasSuffix("/") ? prefix + name : prefix + "/" + name
    }
}

extension String {
    fileprivate func withRoot(_ absolute: Bool) -> String { absolute ? "/" + self : self }
}
