import NetworkPrimitives

/// The route options that take a value.
extension VirtualRouteParser {
    static func applyValued(
        _ option: Token, _ value: Token, rest: inout ArraySlice<Token>, state: inout State, context: inout ReadContext
    ) -> Bool {
        switch option.text {
        case "to":
            rest.insert(value, at: rest.startIndex)
            return true
        case "src":
            guard let address = routeAddress(value, option, &state, &context) else { return false }
            state.pending.source = address
        case "from":
            guard let prefix = IPPrefix(value.text), adopt(prefix.family, value, &state, &context) else {
                context.error("'\(value.text)' is not a valid 'from' prefix; the route is ignored", at: value)
                return false
            }
            state.pending.from = prefix
        case "via", "gw":
            return applyGateway(option, value, rest: &rest, state: &state, context: &context)
        case "or":
            context.warning("'or' in routes is deprecated; use 'nexthop'", at: option, keepalivedReports: true)
            guard let address = routeAddress(value, option, &state, &context) else { return false }
            if state.pending.nextHops.isEmpty, let gateway = state.pending.gateway {
                state.pending.nextHops.append(["via", gateway.description])
                state.pending.gateway = nil
            }
            state.pending.nextHops.append(["via", address.description])
        case "dev", "oif":
            guard let device = context.interface(value, name: option.text) else { return false }
            state.pending.device = device
        case "table": state.pending.table = value.text
        case "metric", "priority", "preference":
            guard let metric = context.integer(value, in: 0...Int(UInt32.max), name: option.text) else { return false }
            state.pending.metric = UInt32(metric)
        case "scope": state.pending.scope = value.text
        case "proto", "protocol": state.pending.routingProtocol = value.text
        case "track_group": state.pending.trackGroup = value.text
        default:
            var words = [option.text, value.text]
            // `mtu lock 1400` and friends: the value follows `lock`.
            if value.text == "lock", let locked = rest.popFirst() { words.append(locked.text) }
            state.pending.otherOptions.append(words)
        }
        return true
    }

    private static func applyGateway(
        _ option: Token, _ value: Token, rest: inout ArraySlice<Token>, state: inout State, context: inout ReadContext
    ) -> Bool {
        if option.text == "gw" {
            context.warning("'gw' in routes is deprecated; use 'via'", at: option, keepalivedReports: true)
        }
        var addressToken = value
        if value.text == "inet" || value.text == "inet6" {
            guard let next = rest.popFirst() else {
                context.error("'\(option.text) \(value.text)' needs an address; the route is ignored", at: value)
                return false
            }
            addressToken = next
        }
        guard let address = routeAddress(addressToken, option, &state, &context) else { return false }
        state.pending.gateway = address
        return true
    }

    private static func routeAddress(
        _ token: Token, _ option: Token, _ state: inout State, _ context: inout ReadContext
    ) -> IPAddress? {
        guard let address = IPAddress(token.text) else {
            context.error("'\(token.text)' is not a valid '\(option.text)' address; the route is ignored", at: token)
            return nil
        }
        return adopt(address.family, token, &state, &context) ? address : nil
    }
}
