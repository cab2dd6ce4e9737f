/// keepalived accepts `-t`/`--config-test` with an optional attached value (`--config-test=FILE`);
/// ArgumentParser options always take a value, so the attached form is split into a separate option.
enum KeepalivedArguments {
    static func normalize(_ arguments: [String]) -> [String] {
        arguments.flatMap { argument -> [String] in
            for prefix in ["--config-test=", "-t="] where argument.hasPrefix(prefix) {
                return ["--config-test", "--config-test-output", String(argument.dropFirst(prefix.count))]
            }
            return [argument]
        }
    }
}
