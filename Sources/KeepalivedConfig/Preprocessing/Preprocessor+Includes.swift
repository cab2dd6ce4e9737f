extension Preprocessor {
    /// Opens the main configuration path; like keepalived it may be a glob, checked as `includew`.
    mutating func openMainFile(_ path: String, log: inout DiagnosticLog) {
        let resolved = options.workingDirectory.map { ConfigPath.resolve(path, in: $0) } ?? ConfigPath.normalize(path)
        let glob = IncludeGlob(fileSystem: fileSystem, patternLimit: limits.maxGlobPatterns).expand(resolved)
        guard !glob.paths.isEmpty else {
            log.append(.error("configuration file '\(path)' not found", at: nil, exitClass: .fatal))
            return
        }
        let batch = IncludeBatch(
            paths: glob.paths, site: nil, parentFileIndex: nil, checks: [.read, .match, .wildcardMatch],
            restoreChecks: [])
        stack.append(.pendingFiles(batch))
    }

    /// Handles an include line: expands its pattern relative to the including file's directory and queues
    /// the matches, reporting what keepalived's include checks (and our limits) say.
    mutating func openInclude(_ directive: IncludeDirective, from line: LogicalLine, log: inout DiagnosticLog) {
        let context = files[line.fileIndex]
        let at = location(of: line, at: directive.patternStart)
        let length = max(1, line.count - directive.patternStart)
        guard context.includedFrom.count < limits.maxIncludeDepth else {
            log.append(
                .error(
                    "includes nested more than \(limits.maxIncludeDepth) deep; include ignored", at: at, length: length)
            )
            return
        }
        let checks = includeChecks.union(directive.checks)
        let pattern = ConfigPath.resolve(directive.pattern, in: context.directory)
        let glob = IncludeGlob(fileSystem: fileSystem, patternLimit: limits.maxGlobPatterns).expand(pattern)
        guard
            let paths = acceptedPaths(
                glob, pattern: directive.pattern, checks: checks, at: at, length: length, log: &log)
        else { return }
        let site = IncludeSite(file: context.path, line: line.lineNumber, column: line.column(at: 0))
        let batch = IncludeBatch(
            paths: paths, site: site, parentFileIndex: line.fileIndex, checks: checks, restoreChecks: includeChecks)
        stack.append(.pendingFiles(batch))
    }

    /// keepalived's `open_and_check_glob` verdict: the paths to read, or nil when the include is dropped.
    private func acceptedPaths(
        _ glob: IncludeGlob.Result, pattern: String, checks: IncludeChecks, at: SourceLocation, length: Int,
        log: inout DiagnosticLog
    ) -> [String]? {
        func report(_ check: IncludeChecks, _ message: String) {
            if checks.contains(check) {
                log.append(.error(message, at: at, length: length, exitClass: .fatal))
            } else {
                log.append(.warning(message, at: at, length: length))
            }
        }
        if glob.tooManyPatterns {
            log.append(
                .error(
                    "include pattern '\(pattern)' expands to more than \(limits.maxGlobPatterns) patterns", at: at,
                    length: length))
            return nil
        }
        if glob.paths.isEmpty {
            if glob.missingFiles > 0 || glob.missingDirectories > 0 {
                report(glob.hadBraces ? .braceMatch : .match, "include '\(pattern)' matches no file")
            } else {
                report(.wildcardMatch, "include pattern '\(pattern)' matches no file")
            }
            return nil
        }
        if glob.missingFiles > 0 || glob.missingDirectories > 0 {
            report(.braceMatch, "some files named by include '\(pattern)' do not exist")
            if checks.contains(.braceMatch) { return nil }
        }
        return glob.paths
    }

    /// Reads one matched file and pushes it, or reports why not (directory, unreadable, too large, cycle, limits).
    mutating func openFile(_ path: String, batch: IncludeBatch, log: inout DiagnosticLog) {
        let parent = batch.parentFileIndex.map { files[$0] }
        let at = batch.site.map { site in
            SourceLocation(
                file: site.file, line: site.line, column: site.column, includedFrom: parent?.includedFrom ?? [])
        }
        func fail(_ message: String, always: Bool = false) {
            if always || batch.checks.contains(.read) {
                log.append(.error(message, at: at, exitClass: .fatal))
            } else {
                log.append(.warning(message, at: at))
            }
        }
        if let parent, parent.chainContains(path) {
            fail("include cycle: '\(path)' is already being read; include ignored", always: true)
            return
        }
        openedFiles += 1
        guard openedFiles <= limits.maxIncludedFiles else {
            if !reportedFileLimit {
                fail(
                    "more than \(limits.maxIncludedFiles) configuration files opened; further includes ignored",
                    always: true)
                reportedFileLimit = true
            }
            return
        }
        if fileSystem.listDirectory(path) != nil {
            fail("'\(path)' is a directory; skipped")
            return
        }
        guard let bytes = read(path, fail: fail) else { return }
        bytesRead += bytes.count
        var chain = parent?.includedFrom ?? []
        if let site = batch.site { chain.append(site) }
        let context = FileContext(path: path, directory: ConfigPath.directory(of: path), includedFrom: chain)
        startFile(context, bytes: bytes, restoreChecks: batch.restoreChecks)
    }

    private func read(_ path: String, fail: (String, Bool) -> Void) -> [UInt8]? {
        let remaining = limits.maxTotalBytes - bytesRead
        do {
            return try fileSystem.readFile(path, maxBytes: min(limits.maxFileBytes, remaining))
        } catch {
            switch error {
            case .notFound(let name):
                fail("cannot open '\(name)': no such file", false)
            case .unreadable(let name, let reason):
                fail("cannot read '\(name)': \(reason)", false)
            case .tooLarge(let name, let bytes):
                let limit =
                    remaining < limits.maxFileBytes
                    ? "the \(limits.maxTotalBytes)-byte total limit" : "the limit of \(limits.maxFileBytes) bytes"
                fail("'\(name)' is \(bytes) bytes, over \(limit); not read", true)
            }
            return nil
        }
    }
}
