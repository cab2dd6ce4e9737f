extension Preprocessor {
    struct Expansion {
        var line: LogicalLine
        var changed: Bool
    }

    /// Replaces definition references like keepalived's `replace_param`: scanning restarts at each
    /// replacement, so values are expanded recursively at use time; unknown names stay as written.
    /// Returns nil (after a diagnostic) when the result would be longer than `maxLength` bytes.
    mutating func expand(_ input: LogicalLine, maxLength: Int, log: inout DiagnosticLog) -> Expansion? {
        var line = input
        var searchFrom = 0
        var substitutions = 0
        var changed = false
        while let dollar = line.bytes[searchFrom...].firstIndex(of: .dollar), dollar + 1 < line.count {
            guard let reference = DefinitionReference.parse(line.bytes, dollar: dollar),
                let value = resolve(reference, in: line, log: &log)
            else {
                searchFrom = dollar + 1
                continue
            }
            substitutions += 1
            guard substitutions <= limits.maxSubstitutionsPerLine else {
                log.append(
                    .error(
                        "more than \(limits.maxSubstitutionsPerLine) substitutions in one line "
                            + "(a definition that refers to itself?); line ignored",
                        at: location(of: input, at: 0)))
                return nil
            }
            let replacement = value.first ?? []
            guard line.count - reference.range.count + replacement.count <= maxLength else {
                log.append(
                    .error(
                        "line too long after substitution (more than \(maxLength) bytes); line ignored",
                        at: location(of: line, at: dollar), length: reference.range.count))
                return nil
            }
            let column = line.column(at: dollar)
            if value.count > 1 {
                guard pushDefinitionLines(Array(value.dropFirst()), site: line, column: column, log: &log) else {
                    return nil
                }
            }
            line.replace(reference.range, with: replacement, column: column)
            changed = true
            // keepalived stops substituting after a value that starts with `~`.
            if replacement.first(where: { !$0.isBlank }) == .tilde { break }
            searchFrom = dollar
        }
        return Expansion(line: line, changed: changed)
    }

    /// The lines a reference stands for (one for ordinary definitions), or nil when it is no reference.
    private mutating func resolve(
        _ reference: DefinitionReference, in line: LogicalLine, log: inout DiagnosticLog
    ) -> [[UInt8]]? {
        guard let definition = definitions[reference.name] else { return nil }
        let atEnd = reference.range.upperBound == line.count
        if definition.isMultiline && !atEnd { return nil }
        guard parametersFit(definition, reference, in: line, log: &log) else { return nil }
        switch definition.value {
        case .text(let text): return [text]
        case .lines(let lines): return lines
        case .builtin(let builtin):
            return [Array(builtinValue(builtin, reference.parameters, line: line, log: &log).utf8)]
        }
    }

    private func parametersFit(
        _ definition: Definition, _ reference: DefinitionReference, in line: LogicalLine, log: inout DiagnosticLog
    ) -> Bool {
        let count = reference.parameters.count
        if count == 0 && definition.minParameters == 0 { return true }
        guard definition.maxParameters > 0 else { return false }
        let at = location(of: line, at: reference.range.lowerBound)
        if definition.numericParameters && !reference.parametersAreNumeric {
            log.append(.error("${\(reference.name)} takes numbers only", at: at, length: reference.range.count))
            return false
        }
        guard count >= definition.minParameters && count <= definition.maxParameters else {
            log.append(
                .error(
                    "${\(reference.name)} takes \(definition.minParameters) to \(definition.maxParameters) "
                        + "parameters, found \(count)",
                    at: at, length: reference.range.count))
            return false
        }
        return true
    }

    private mutating func builtinValue(
        _ builtin: Definition.Builtin, _ parameters: [String], line: LogicalLine, log: inout DiagnosticLog
    ) -> String {
        switch builtin {
        case .workingDirectory:
            return workingDirectory(of: files[line.fileIndex])
        case .instance:
            return options.configID
        case .environment:
            return parameters.first.flatMap(fileSystem.environment) ?? ""
        case .random:
            return randomValue(parameters, line: line, log: &log)
        }
    }

    /// `${_RANDOM [MIN [MAX]]}`: MIN defaults to 0, MAX to 32767.
    private mutating func randomValue(_ parameters: [String], line: LogicalLine, log: inout DiagnosticLog) -> String {
        let low = parameters.first.map { UInt64($0) ?? .max } ?? 0
        var high = parameters.count > 1 ? UInt64(parameters[1]) ?? .max : 32767
        if low > high {
            log.append(
                .error(
                    "${_RANDOM}: minimum \(low) is above maximum \(high); using \(low)", at: location(of: line, at: 0)))
            high = low
        }
        let span = high - low
        let draw = span == .max ? random.next() : random.next() % (span + 1)
        return String(low + draw)
    }

    /// `${_PWD}`: the directory of the file being read, absolute when it can be made so.
    private func workingDirectory(of context: FileContext) -> String {
        if ConfigPath.isAbsolute(context.directory) { return context.directory }
        guard let base = options.workingDirectory else { return context.directory }
        return ConfigPath.resolve(context.directory, in: base)
    }

    private mutating func pushDefinitionLines(
        _ lines: [[UInt8]], site line: LogicalLine, column: Int, log: inout DiagnosticLog
    ) -> Bool {
        guard stack.filter(\.isExpansion).count < limits.maxExpansionDepth else {
            log.append(
                .error(
                    "multi-line definitions nested more than \(limits.maxExpansionDepth) deep; line ignored",
                    at: location(of: line, at: 0)))
            return false
        }
        let site = LineSite(fileIndex: line.fileIndex, lineNumber: line.lineNumber, column: column)
        stack.append(.definitionLines(lines, next: 0, site: site))
        return true
    }
}
