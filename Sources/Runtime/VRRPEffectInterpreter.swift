import Engine
import NetworkPrimitives

/// Carries out the VRRP engine's effects on its ports, one after another, in the order the engine
/// gave them; forwards received packets and link changes into the inbox.
public struct VRRPEffectInterpreter: EffectInterpreter {
    let ports: RuntimePorts

    public init(ports: RuntimePorts) {
        self.ports = ports
    }

    /// Forwards what the network and the link monitor report into the inbox until cancelled. A network
    /// that delivers packets itself (the VRRP reactor's) posts them on its own thread, with no pump.
    public func serve(_ inbox: Inbox<EngineEvent>) async {
        let network = ports.network
        let links = ports.links
        let delivered = network.deliver { packet in
            inbox.postUnlessBehind(.engine(.packetReceived(packet)), lane: .own)
        }
        await withDiscardingTaskGroup { pumps in
            if !delivered {
                pumps.addTask {
                    for await packet in network.receive() {
                        inbox.postUnlessBehind(.engine(.packetReceived(packet)), lane: .own)
                    }
                }
            }
            pumps.addTask {
                for await change in links.changes() {
                    switch change {
                    case .link(let interface, let isUp): inbox.post(.engine(.linkChanged(interface, isUp: isUp)))
                    case .addressRemoved(let interface, let address):
                        inbox.post(.engine(.addressRemoved(interface, address)))
                    }
                }
            }
        }
    }

    /// Applies `effects`, awaiting each port; scripts report back through the inbox.
    public func apply(_ effects: [EngineEffect], inbox: Inbox<EngineEvent>, tasks: inout DiscardingTaskGroup) async {
        for effect in effects {
            switch effect {
            case .transmit(let transmission): await transmit(transmission)
            case .addAddress(let address): await add(address)
            case .removeAddress(let address): await remove(address)
            case .announce(let address, let interface): await announce(address, on: interface)
            case .runScript(let request):
                tasks.run(request, on: ports.scripts, inbox: inbox) { .scriptCompleted(request.purpose, $0) }
            case .log(let record): ports.log.write(record)
            case .writeNotifyFIFO(let line): ports.fifo?.write(line)
            case .addRoute(let route): await add(route)
            case .removeRoute(let route): await remove(route)
            case .syncDaemon(let command): perform(command)
            case .addRule(let rule): await add(rule)
            case .removeRule(let rule): await remove(rule)
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

    private func add(_ route: VirtualRouteEntry) async {
        guard let routes = ports.routes else { return ports.log.write(.error("cannot add route \(route): no route table")) }
        do {
            try await routes.add(route)
        } catch {
            ports.log.write(.error("cannot add route \(route): \(error)"))
        }
    }

    private func remove(_ route: VirtualRouteEntry) async {
        guard let routes = ports.routes else { return }
        do {
            try await routes.remove(route)
        } catch {
            ports.log.write(.error("cannot remove route \(route): \(error)"))
        }
    }

    private func perform(_ command: SyncDaemonCommand) {
        guard let daemons = ports.syncDaemons else {
            return ports.log.write(
                .error("cannot \(command): no IPVS here, or lvs_sync_daemon came with a reload (restart vigil)"))
        }
        daemons.submit(command)
    }

    private func add(_ rule: VirtualRuleEntry) async {
        guard let rules = ports.rules else { return ports.log.write(.error("cannot add rule \(rule): no rule table")) }
        do {
            try await rules.add(rule)
        } catch {
            ports.log.write(.error("cannot add rule \(rule): \(error)"))
        }
    }

    private func remove(_ rule: VirtualRuleEntry) async {
        guard let rules = ports.rules else { return }
        do {
            try await rules.remove(rule)
        } catch {
            ports.log.write(.error("cannot remove rule \(rule): \(error)"))
        }
    }

    private func announce(_ address: IPAddress, on interface: InterfaceName) async {
        do {
            try await ports.announcer.announce(address, on: interface)
        } catch {
            ports.log.write(.error("cannot announce \(address) on \(interface): \(error)"))
        }
    }
}
