import NetworkPrimitives

/// keepalived's line reader (Docs/Keepalived.md §2.1) as a pull-based stream: reads files, removes comments,
/// applies `@ID` conditions, `$NAME=` definitions and their expansion, `~SEQ`/`~LST` repetition and
/// `include` directives, splits lines at braces, and hands out one logical line at a time. Every problem
/// becomes a diagnostic; limits keep it finite on any input.
struct Preprocessor {
    let fileSystem: any ConfigFileSystem
    let options: ParseOptions
    var limits: ParseLimits { options.limits }

    /// Every file opened, indexed by `LogicalLine.fileIndex`.
    private(set) var files: [FileContext] = []
    private(set) var sources = SourceFiles()
    var definitions: [String: Definition] = Definition.builtins
    var stack: [LineSource] = []
    var pendingDefinition: PendingDefinition?
    var includeChecks: IncludeChecks = []
    var random: SplitMix64
    var openedFiles = 0
    var bytesRead = 0
    var reportedFileLimit = false
    private var linesProduced = 0
    private var stopped = false

    init(path: String, options: ParseOptions, fileSystem: any ConfigFileSystem, log: inout DiagnosticLog) {
        self.fileSystem = fileSystem
        self.options = options
        self.random = SplitMix64(seed: options.randomSeed)
        openMainFile(path, log: &log)
    }

    /// The next logical line, or nil at the end of the input (or when a limit stopped the parse).
    mutating func nextLine(log: inout DiagnosticLog) -> LogicalLine? {
        while !stopped {
            guard let line = pull(log: &log) else {
                finishPendingDefinition()
                return nil
            }
            if pendingDefinition != nil {
                collectDefinitionLine(line)
                continue
            }
            guard let processed = process(line, log: &log), !processed.isEmpty else { continue }
            if let include = IncludeDirective.parse(processed.bytes) {
                openInclude(include, from: processed, log: &log)
                continue
            }
            let split = BraceSplitter.split(processed)
            if let residue = split.residue { stack.append(.residue(residue)) }
            guard !split.head.isEmpty else { continue }
            linesProduced += 1
            guard linesProduced <= limits.maxLines else {
                log.append(
                    .error(
                        "the configuration expands to more than \(limits.maxLines) lines; stopping",
                        at: location(of: split.head, at: 0)))
                stopped = true
                return nil
            }
            applyIncludeCheck(split.head, log: &log)
            return split.head
        }
        return nil
    }

    /// Where byte `index` of `line` was written.
    func location(of line: LogicalLine, at index: Int) -> SourceLocation {
        files[line.fileIndex].location(line: line.lineNumber, column: line.column(at: index))
    }

    /// Registers a newly read file and starts reading it.
    mutating func startFile(_ context: FileContext, bytes: [UInt8], restoreChecks: IncludeChecks) {
        sources.add(path: context.path, bytes: bytes)
        files.append(context)
        stack.append(.file(FileCursor(fileIndex: files.count - 1, bytes: bytes), restoreChecks: restoreChecks))
    }

    /// The next raw line from the top of the source stack.
    private mutating func pull(log: inout DiagnosticLog) -> LogicalLine? {
        while let top = stack.last {
            let last = stack.count - 1
            switch top {
            case .residue(let line):
                stack.removeLast()
                return line
            case .definitionLines(let lines, let next, let site):
                if next + 1 < lines.count {
                    stack[last] = .definitionLines(lines, next: next + 1, site: site)
                } else {
                    stack.removeLast()
                }
                return LogicalLine(
                    bytes: lines[next], column: site.column, fileIndex: site.fileIndex, lineNumber: site.lineNumber)
            case .generator(var generator):
                guard let assignments = generator.next() else {
                    stack.removeLast()
                    continue
                }
                stack[last] = .generator(generator)
                for (name, value) in assignments { definitions[name] = Definition(value: .text(Array(value.utf8))) }
                return generator.text
            case .file(var cursor, let restoreChecks):
                guard let range = cursor.nextLine() else {
                    stack.removeLast()
                    includeChecks = restoreChecks
                    continue
                }
                stack[last] = .file(cursor, restoreChecks: restoreChecks)
                if let line = readPhysicalLine(cursor, range, log: &log) { return line }
            case .pendingFiles(var batch):
                guard !batch.paths.isEmpty else {
                    stack.removeLast()
                    continue
                }
                let path = batch.paths.removeFirst()
                stack[last] = .pendingFiles(batch)
                openFile(path, batch: batch, log: &log)
            }
        }
        return nil
    }

    /// Checks and cleans one physical line: length, NUL bytes, line ends, comments, UTF-8.
    private mutating func readPhysicalLine(
        _ cursor: FileCursor, _ range: Range<Int>, log: inout DiagnosticLog
    ) -> LogicalLine? {
        let context = files[cursor.fileIndex]
        let lineNumber = cursor.lineNumber
        guard range.count <= limits.maxLineBytes - 2 else {
            log.append(
                .error(
                    "line too long (\(range.count) bytes, at most \(limits.maxLineBytes - 2)); the line is ignored",
                    at: context.location(line: lineNumber, column: limits.maxLineBytes - 1)))
            return nil
        }
        if let nul = cursor.bytes[range].firstIndex(of: 0) {
            log.append(
                .error(
                    "NUL byte in the configuration; the line is ignored",
                    at: context.location(line: lineNumber, column: nul - range.lowerBound + 1)))
            return nil
        }
        var end = range.upperBound
        while end > range.lowerBound && cursor.bytes[end - 1] == .carriageReturn { end -= 1 }
        guard end > range.lowerBound else {
            // keepalived ends a multi-line definition at a truly empty line (not at a comment line).
            if let pending = pendingDefinition {
                definitions[pending.name] = pending.endedByEmptyLine
                pendingDefinition = nil
            }
            return nil
        }
        let raw = LogicalLine(
            bytes: Array(cursor.bytes[range.lowerBound..<end]), columns: Array(1...(end - range.lowerBound)),
            fileIndex: cursor.fileIndex, lineNumber: lineNumber)
        let line = CommentStripper.strip(raw).line
        guard !line.isEmpty else { return nil }
        if let bad = UTF8Validation.firstInvalidByte(in: line.bytes) {
            let hex = String(line.bytes[bad], radix: 16, uppercase: true)
            log.append(
                .error(
                    "invalid UTF-8 byte 0x\(hex.count < 2 ? "0" + hex : hex); it is read as U+FFFD",
                    at: location(of: line, at: bad)))
        }
        return line
    }

    private mutating func finishPendingDefinition() {
        guard let pending = pendingDefinition else { return }
        definitions[pending.name] = pending.endedByEmptyLine
        pendingDefinition = nil
    }
}
