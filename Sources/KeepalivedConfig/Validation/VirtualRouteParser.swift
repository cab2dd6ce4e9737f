import NetworkPrimitives

/// Parses one `virtual_routes` / `static_routes` line in `ip route` syntax (Docs/Keepalived.md §2.3).
/// Destination, source, gateway, device, table, metric, scope, protocol, next hops and `no_track` are
/// typed; the other `ip route` options are kept as written.
enum VirtualRouteParser {
    static let routeTypes: Set<String> = [
        "unicast", "local", "broadcast", "multicast", "throw", "unreachable", "prohibit", "blackhole", "nat", "anycast",
    ]
    static let valuedOptions: Set<String> = [
        "mtu", "advmss", "rtt", "rttvar", "reordering", "window", "cwnd", "ssthresh", "realms", "rto_min", "initcwnd",
        "initrwnd", "features", "quickack", "congctl", "pref", "ttl-propagate", "fastopen_no_cookie", "expires",
        "hoplimit", "tos", "dsfield", "vrf",
    ]
    static let flagOptions: Set<String> = ["onlink", "pervasive", "add", "prepend", "append", "inet", "inet6"]

    struct State {
        var type = "unicast"
        var destination: IPPrefix?
        var pending = VirtualRoute(
            destination: IPPrefix(host: .v4(IPv4Address(0))),
            location: SourceLocation(
                file: "", line: 0, column: 0))
        var family: AddressFamily?
    }

    static func parse(_ line: ConfigNode, context: inout ReadContext) -> VirtualRoute? {
        var state = State()
        state.pending.location = line.location
        var words = line.words[...]
        while let word = words.popFirst() {
            guard apply(word, rest: &words, state: &state, context: &context) else { return nil }
        }
        guard let destination = state.destination else {
            context.error("the route has no destination; the line is ignored", at: line.keyword)
            return nil
        }
        var route = state.pending
        route.type = state.type
        route.destination = destination
        // keepalived follows a tracked route through its output interface: without `dev` it reports a
        // configuration error (`-t` exits 5) and does not track the route.
        if route.tracked, route.device == nil {
            context.warning(
                "the route to \(destination) has no 'dev', so it cannot be tracked; it is not tracked "
                    + "(add 'dev' or 'no_track')", at: line.keyword, keepalivedReports: true)
            route.tracked = false
        }
        return route
    }

    /// Applies one word; false when the line must be dropped (keepalived drops the whole route).
    private static func apply(
        _ word: Token, rest: inout ArraySlice<Token>, state: inout State, context: inout ReadContext
    ) -> Bool {
        let text = word.text
        if flagOptions.contains(text) {
            if text == "inet6" || text == "inet" {
                return adopt(text == "inet" ? .inet : .inet6, word, &state, &context)
            }
            state.pending.otherOptions.append([text])
            return true
        }
        if text == "no_track" {
            state.pending.tracked = false
            return true
        }
        if text == "nexthop" {
            state.pending.nextHops += nextHops(rest.map(\.text))
            rest = rest[rest.endIndex...]
            return true
        }
        if routeTypes.contains(text), state.destination == nil {
            state.type = text
            return true
        }
        guard isValued(text) else { return destination(word, state: &state, context: &context) }
        guard let value = rest.popFirst() else {
            context.error("'\(text)' needs a value; the route is ignored", at: word)
            return false
        }
        return applyValued(word, value, rest: &rest, state: &state, context: &context)
    }

    private static func isValued(_ text: String) -> Bool {
        valuedOptions.contains(text)
            || [
                "src", "from", "via", "gw", "or", "dev", "oif", "table", "metric",
                "priority", "preference", "scope", "proto", "protocol", "track_group",
                "to",
            ].contains(text)
    }

    private static func destination(_ word: Token, state: inout State, context: inout ReadContext) -> Bool {
        let prefix: IPPrefix?
        if word.text == "default" {
            prefix = state.family == .inet6 ? IPPrefix("::/0") : IPPrefix("0.0.0.0/0")
        } else {
            prefix = IPPrefix(word.text)
        }
        guard let prefix else {
            context.error("'\(word.text)' is neither a route option nor a destination; the route is ignored", at: word)
            return false
        }
        guard adopt(prefix.family, word, &state, &context) else { return false }
        state.destination = prefix
        return true
    }

    static func adopt(_ family: AddressFamily, _ word: Token, _ state: inout State, _ context: inout ReadContext)
        -> Bool
    {
        if let existing = state.family, existing != family {
            context.error("a route cannot mix IPv4 and IPv6 ('\(word.text)'); the route is ignored", at: word)
            return false
        }
        state.family = family
        return true
    }

    /// `nexthop via A dev X weight N nexthop ...`, split into one word list per next hop.
    private static func nextHops(_ words: [String]) -> [[String]] {
        var hops: [[String]] = [[]]
        for word in words {
            if word == "nexthop" { hops.append([]) } else { hops[hops.count - 1].append(word) }
        }
        return hops.filter { !$0.isEmpty }
    }
}
