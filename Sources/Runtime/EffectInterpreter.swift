import Engine
import NetworkPrimitives

/// Carries out engine effects on the ports, one after another, in the order the engine gave them.
struct EffectInterpreter: Sendable {
    let ports: RuntimePorts
    let inbox: Inbox

    /// Applies `effects`; scripts are started in `scripts` and report back through the inbox.
    func apply(_ effects: [EngineEffect], scripts: inout DiscardingTaskGroup) async {
        for effect in effects {
            switch effect {
            case .transmit(let transmission): await transmit(transmission)
            case .addAddress(let address): await add(address)
            case .removeAddress(let address): await remove(address)
            case .announce(let address, let interface): await announce(address, on: interface)
            case .runScript(let request): start(request, in: &scripts)
            case .log(let record): ports.log.write(record)
            }
        }
    }

    private func transmit(_ transmission: VRRPTransmission) async {
        do {
            try await ports.network.send(transmission)
        } catch {
            ports.log.write(
                .error("(\(transmission.instance)) failed to send advert to \(transmission.destination): \(error)"))
        }
    }

    private func add(_ address: VirtualAddress) async {
        do {
            try await ports.addresses.add(address)
        } catch {
            ports.log.write(.error("cannot add address \(address): \(error)"))
        }
    }

    private func remove(_ address: VirtualAddress) async {
        do {
            try await ports.addresses.remove(address)
        } catch {
            ports.log.write(.error("cannot remove address \(address): \(error)"))
        }
    }

    private func announce(_ address: IPAddress, on interface: InterfaceName) async {
        do {
            try await ports.announcer.announce(address, on: interface)
        } catch {
            ports.log.write(.error("cannot announce \(address) on \(interface): \(error)"))
        }
    }

    private func start(_ request: ScriptRequest, in scripts: inout DiscardingTaskGroup) {
        let runner = ports.scripts
        let inbox = inbox
        scripts.addTask {
            let outcome = await runner.run(request)
            inbox.post(.engine(.scriptCompleted(request.purpose, outcome)))
        }
    }
}
