import NetworkPrimitives

extension VRRPRouter {
    /// keepalived section 3.5: an instance in INIT or FAULT ignores adverts before any check; the
    /// others run the validator with their current effective priority, then the state machine.
    mutating func receive(
        _ message: [UInt8], metadata: VRRPReceiveMetadata, interface: InterfaceName?, now: MonotonicInstant,
        into run: inout Run
    ) {
        guard message.count >= 2 else {
            let rejection = VRRPRejection.malformed(.truncated(needed: VRRPWireHeader.length, available: message.count))
            run.actions.append(.ignored(.rejected(rejection)))
            return
        }
        let key = VRRPVirtualRouterKey(
            interface: interface, family: metadata.source.family, virtualRouterID: message[1])
        guard let index = indexByKey[key] else {
            run.actions.append(.ignored(.unknownVirtualRouter(message[1])))
            return
        }
        // Fields are read one by one: copying the whole machine out of the array costs more than the checks.
        let state = machines[index].state
        guard state == .backup || state == .master else {
            run.actions.append(.instance(machines[index].configuration.name, .ignored(.notListening(state))))
            return
        }
        receivePolicies[index].priority = machines[index].effectivePriority
        // The addresses are decoded into the router's buffer; the advert holding them lives for this call only.
        var addresses = scratchAddresses
        scratchAddresses = []
        defer { scratchAddresses = addresses }
        switch AdvertisementValidator.validate(
            message, metadata: metadata, policy: receivePolicies[index], reusing: &addresses)
        {
        case .rejected(let rejection):
            run.actions.append(.instance(machines[index].configuration.name, .ignored(.rejected(rejection))))
        case .accepted(let accepted):
            for observation in accepted.observations {
                run.actions.append(.observed(machines[index].configuration.name, observation))
            }
            feed(index, .advertisementReceived(accepted.advertisement, source: accepted.source), now: now, into: &run)
        }
    }
}
