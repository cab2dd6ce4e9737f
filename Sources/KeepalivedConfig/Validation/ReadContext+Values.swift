import NetworkPrimitives

/// Reading one keyword's arguments, reporting what is missing or malformed. Each returns nil after
/// reporting; the caller then keeps the default, as keepalived does.
extension ReadContext {
    /// The argument at `index` (0 is the first word after the keyword), or an error naming the keyword.
    mutating func argument(_ node: ConfigNode, _ index: Int = 0) -> Token? {
        if index < node.arguments.count { return node.arguments[index] }
        let missing = index == 0 ? "a value" : "more values"
        error("'\(node.keyword.text)' needs \(missing)", at: node.keyword)
        return nil
    }

    /// An integer argument within `range`.
    mutating func integer(_ node: ConfigNode, _ index: Int = 0, in range: ClosedRange<Int>) -> Int? {
        guard let token = argument(node, index) else { return nil }
        return integer(token, in: range, name: node.keyword.text)
    }

    mutating func integer(_ token: Token, in range: ClosedRange<Int>, name: String) -> Int? {
        guard let value = ValueParser.integer(token.text) else {
            error("'\(name)' must be a whole number, found '\(token.text)'", at: token)
            return nil
        }
        guard range.contains(value) else {
            error(
                "'\(name)' must be between \(range.lowerBound) and \(range.upperBound), found '\(token.text)'",
                at: token)
            return nil
        }
        return value
    }

    /// A `<TIMER>` argument (decimal seconds) within `range`.
    mutating func seconds(
        _ node: ConfigNode, _ index: Int = 0, in range: ClosedRange<Duration>, maximumDecimals: Int = 6
    ) -> Duration? {
        guard let token = argument(node, index) else { return nil }
        return seconds(token, in: range, name: node.keyword.text, maximumDecimals: maximumDecimals)
    }

    mutating func seconds(
        _ token: Token, in range: ClosedRange<Duration>, name: String, maximumDecimals: Int = 6
    ) -> Duration? {
        guard let value = ValueParser.seconds(token.text, maximumDecimals: maximumDecimals) else {
            error(
                "'\(name)' must be a number of seconds with at most \(maximumDecimals) decimals, "
                    + "found '\(token.text)'", at: token)
            return nil
        }
        guard range.contains(value) else {
            error(
                "'\(name)' must be between \(range.lowerBound.secondsText) and "
                    + "\(range.upperBound.secondsText) seconds, found '\(token.text)'", at: token)
            return nil
        }
        return value
    }

    /// A `keyword [BOOL]` flag: true when bare.
    mutating func flag(_ node: ConfigNode) -> Bool? {
        guard let token = node.arguments.first else { return true }
        guard let value = ValueParser.boolean(token.text) else {
            error("'\(node.keyword.text)' takes on/off, true/false or yes/no, found '\(token.text)'", at: token)
            return nil
        }
        return value
    }

    /// An IPv4 or IPv6 address.
    mutating func address(_ token: Token, name: String) -> IPAddress? {
        if let address = IPAddress(token.text) { return address }
        error("'\(name)' needs an IP address, found '\(token.text)'", at: token)
        return nil
    }

    mutating func address(_ node: ConfigNode, _ index: Int = 0) -> IPAddress? {
        guard let token = argument(node, index) else { return nil }
        return address(token, name: node.keyword.text)
    }

    /// An interface name (at most 15 bytes, no '/' or whitespace).
    mutating func interface(_ token: Token, name: String) -> InterfaceName? {
        let interface = InterfaceName(token.text)
        if interface.isValid { return interface }
        error(
            "'\(token.text)' is not a valid interface name for '\(name)' (at most 15 characters, "
                + "no '/' or spaces)", at: token)
        return nil
    }

    mutating func interface(_ node: ConfigNode, _ index: Int = 0) -> InterfaceName? {
        guard let token = argument(node, index) else { return nil }
        return interface(token, name: node.keyword.text)
    }

    /// A port number 0...65535.
    mutating func port(_ token: Token, name: String) -> UInt16? {
        integer(token, in: 0...65535, name: name).map { UInt16($0) }
    }

    /// Warns about words after the ones a keyword uses; keepalived ignores them silently.
    mutating func ignoreExtraArguments(_ node: ConfigNode, after count: Int) {
        guard node.arguments.count > count else { return }
        let extra = node.arguments[count]
        warning(
            "'\(node.keyword.text)' uses \(count == 0 ? "no values" : "\(count) value\(count == 1 ? "" : "s")");"
                + " '\(extra.text)' and what follows is ignored", at: extra)
    }
}
