/// Turns a preprocessed line into tokens with their source locations, reporting an unterminated quote.
struct StatementReader {
    let options: ParseOptions

    func tokens(of line: LogicalLine, in context: FileContext, log: inout DiagnosticLog) -> [Token] {
        let split = LineTokenizer.split(line.bytes)
        let tokens = split.words.map { word in
            Token(
                text: String(decoding: line.bytes[word.range], as: UTF8.self),
                location: context.location(line: line.lineNumber, column: line.column(at: word.start)),
                wasQuoted: word.wasQuoted)
        }
        // keepalived lets the command word of script keywords carry a stray quote: it re-reads those lines.
        let tolerated = tokens.count > 1 && options.mismatchedQuoteKeywords.contains(tokens[0].text)
        let open = (tolerated ? nil : split.unterminatedQuote) ?? line.unterminatedQuote
        if let open {
            let column = line.column(at: open)
            let end = line.columns.last ?? column
            log.append(
                .error(
                    "missing terminating '\"' character",
                    at: context.location(line: line.lineNumber, column: column), length: max(1, end - column + 1)))
        }
        return tokens
    }
}
