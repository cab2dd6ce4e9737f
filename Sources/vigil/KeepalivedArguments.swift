/// keepalived's command line through getopt_long, rewritten into what ArgumentParser reads:
/// `-t`/`--config-test` and `-M`/`--core-dump-pattern` take an optional attached value
/// (`--config-test=FILE`, `-MPATTERN`), which becomes a separate hidden option; and a short option
/// with its value attached (`-S0`, `-f/etc/k.conf`) is split in two, as getopt allows.
enum KeepalivedArguments {
    /// Short options that take a value.
    static let valueTakingShorts: Set<Character> = ["f", "S", "g", "u", "p", "r", "c", "b", "A", "s", "i"]

    static func normalize(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "--" {
                result.append(argument)
                result += rest
                break
            }
            result += split(argument)
        }
        return result
    }

    private static func split(_ argument: String) -> [String] {
        for prefix in ["--config-test=", "-t="] where argument.hasPrefix(prefix) {
            return ["--config-test", "--config-test-output", String(argument.dropFirst(prefix.count))]
        }
        for prefix in ["--core-dump-pattern=", "-M"] where argument.hasPrefix(prefix) && argument.count > prefix.count {
            return ["--core-dump-pattern", "--core-dump-pattern-value", String(argument.dropFirst(prefix.count))]
        }
        if argument.count > 2, argument.hasPrefix("-"), !argument.hasPrefix("--"),
            let letter = argument.dropFirst().first, valueTakingShorts.contains(letter)
        {
            return ["-\(letter)", String(argument.dropFirst(2))]
        }
        return [argument]
    }
}
