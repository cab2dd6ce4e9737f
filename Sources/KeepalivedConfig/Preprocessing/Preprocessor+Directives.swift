extension Preprocessor {
    /// Applies `@ID`, `$NAME=`, `~SEQ`/`~LST` and definition expansion to a line, in keepalived's order.
    /// Returns nil when the line was consumed (a definition, a directive, a condition that did not match).
    mutating func process(_ input: LogicalLine, log: inout DiagnosticLog) -> LogicalLine? {
        var line = input
        if line.bytes.first == .at {
            guard let kept = applyCondition(line) else { return nil }
            line = kept
        }
        if line.bytes.first == .dollar && startDefinition(line) { return nil }
        if line.bytes.hasASCIIPrefix("~SEQ") || line.bytes.hasASCIIPrefix("~LST") {
            startGenerator(line, log: &log)
            return nil
        }
        // Other `~` lines are left alone, not even expanded (keepalived does the same).
        if line.bytes.first == .tilde { return line }
        guard line.bytes.contains(.dollar) else { return line }
        guard let expansion = expand(line, maxLength: limits.maxLineBytes - 1, log: &log) else { return nil }
        guard expansion.changed else { return line }
        let stripped = CommentStripper.strip(expansion.line).line
        return stripped.isEmpty ? nil : stripped
    }

    /// `@ID rest` keeps `rest` when ID is the config id, `@^ID rest` when it is not; a line with nothing
    /// after the ID is dropped.
    private func applyCondition(_ line: LogicalLine) -> LogicalLine? {
        let bytes = line.bytes
        let negated = bytes.count > 1 && bytes[1] == .caret
        let idStart = negated ? 2 : 1
        guard let blank = bytes[idStart...].firstIndex(where: \.isBlank) else { return nil }
        let matches = bytes[idStart..<blank].elementsEqual(options.configID.utf8)
        guard matches != negated else { return nil }
        var restStart = blank
        while restStart < bytes.count && bytes[restStart].isBlank { restStart += 1 }
        return line.slice(restStart..<bytes.count)
    }

    /// Records `$NAME=value` (or starts collecting a multi-line `$NAME= \`); false when the line is not a
    /// definition (no space is allowed before `=`).
    private mutating func startDefinition(_ line: LogicalLine) -> Bool {
        let b = line.bytes
        guard b.count > 1, b[1].isNameStart else { return false }
        var p = 2
        while p < b.count && b[p] != .equals {
            guard b[p].isNameCharacter else { return false }
            p += 1
        }
        guard p < b.count else { return false }
        let name = String(decoding: b[1..<p], as: UTF8.self)
        p += 1
        while p < b.count && b[p].isBlank { p += 1 }
        let value = Array(b[p...])
        if value.last == .backslash {
            var pending = PendingDefinition(name: name, lines: [])
            _ = pending.add(value)
            pendingDefinition = pending
        } else {
            definitions[name] = Definition(value: .text(value))
        }
        return true
    }

    /// Adds a line to the multi-line definition being collected.
    mutating func collectDefinitionLine(_ line: LogicalLine) {
        guard var pending = pendingDefinition else { return }
        if let finished = pending.add(line.bytes) {
            definitions[pending.name] = finished
            pendingDefinition = nil
        } else {
            pendingDefinition = pending
        }
    }

    private mutating func startGenerator(_ line: LogicalLine, log: inout DiagnosticLog) {
        guard stack.filter(\.isExpansion).count < limits.maxExpansionDepth else {
            log.append(
                .error(
                    "~SEQ/~LST and multi-line definitions nested more than \(limits.maxExpansionDepth) deep; "
                        + "line ignored",
                    at: location(of: line, at: 0), length: 4))
            return
        }
        do throws(SequenceDirective.Failure) {
            let generator: LineGenerator
            if line.bytes[1] == UInt8(ascii: "S") {
                generator = try SequenceDirective.parseSequence(line) { parameters in
                    let parameterLine = LogicalLine(
                        bytes: parameters, column: line.column(at: 0), fileIndex: line.fileIndex,
                        lineNumber: line.lineNumber)
                    return expand(parameterLine, maxLength: SequenceDirective.maxParameterBytes, log: &log)?
                        .line.bytes
                }
            } else {
                generator = try SequenceDirective.parseList(line)
            }
            stack.append(.generator(generator))
        } catch {
            guard case .invalid(let message) = error else { return }
            log.append(.error(message, at: location(of: line, at: 0), length: 4))
        }
    }

    /// Applies an `include_check` line (a `global_defs` keyword that changes how later includes are checked).
    mutating func applyIncludeCheck(_ line: LogicalLine, log: inout DiagnosticLog) {
        let name = "include_check"
        guard line.bytes.hasASCIIPrefix(name), line.count == name.utf8.count || line.bytes[name.utf8.count].isWhitespace
        else { return }
        let words = LineTokenizer.split(line.bytes).words.dropFirst()
        guard !words.isEmpty else {
            includeChecks = .all
            return
        }
        for (position, word) in words.enumerated() {
            var text = String(decoding: line.bytes[word.range], as: UTF8.self)
            let sign = text.first
            if sign == "+" || sign == "-" {
                text.removeFirst()
            } else if position == 0 {
                includeChecks = []
            } else {
                log.append(.error("duplicate include_check '\(text)' ignored", at: location(of: line, at: word.start)))
                continue
            }
            guard let check = IncludeChecks.named(text) else {
                log.append(
                    .error("unknown include_check type '\(text)' ignored", at: location(of: line, at: word.start)))
                continue
            }
            switch sign {
            case "+": includeChecks.insert(check)
            case "-": includeChecks.remove(check)
            default: includeChecks = [.read, check]
            }
        }
    }
}
